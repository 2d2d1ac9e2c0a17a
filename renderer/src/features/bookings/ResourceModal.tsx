import { useState } from 'react';
import { Button, Chip, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isoWeekdays } from '#shared/domain/services';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalTimeInput } from '../../components/LocalTimeInput';
import { formatWeekday } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

/** Makes an item of the register or a room bookable, with its slot and hours. */
export function ResourceModal({ opened, onClose }: { opened: boolean; onClose: (resourceId?: number) => void }) {
  const { t } = useTranslation('bookings');
  const language = useLanguage();
  const [error, setError] = useState<unknown>(null);
  const items = useCall('loans.freeItems', {}, { enabled: opened });
  const form = useForm({
    initialValues: { name: '', itemId: null as string | null, room: '', serviceUnit: '', slotMinutes: 30 as number | string, opensAt: '09:00', closesAt: '16:00', weekdays: ['1', '2', '3', '4', '5'] },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      setError(null);
      const created = await api.call('resources.create', {
        name: v.name,
        ...(v.itemId ? { itemId: Number(v.itemId) } : {}),
        ...(v.room.trim() ? { room: v.room } : {}),
        serviceUnit: v.serviceUnit,
        slotMinutes: typeof v.slotMinutes === 'number' ? v.slotMinutes : 30,
        opensAt: v.opensAt,
        closesAt: v.closesAt,
        weekdays: v.weekdays.map(Number),
      });
      form.reset();
      onClose(created.id);
    } catch (failure) {
      setError(failure);
    }
  });
  return (
    <Modal opened={opened} onClose={() => onClose()} title={t('resources.title')}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput label={t('resources.name')} {...form.getInputProps('name')} />
          <Group grow>
            <Select
              label={t('resources.item')}
              placeholder={t('resources.noItem')}
              clearable
              searchable
              data={(items.data?.items ?? []).map((i) => ({ value: String(i.id), label: `${i.inventoryNumber} · ${i.name}` }))}
              {...form.getInputProps('itemId')}
            />
            <TextInput label={t('resources.room')} {...form.getInputProps('room')} />
          </Group>
          <Group grow>
            <TextInput label={t('resources.serviceUnit')} {...form.getInputProps('serviceUnit')} />
            <NumberInput label={t('resources.slotMinutes')} min={5} max={240} step={5} {...form.getInputProps('slotMinutes')} />
          </Group>
          <Group grow>
            <LocalTimeInput label={t('resources.opensAt')} {...form.getInputProps('opensAt')} />
            <LocalTimeInput label={t('resources.closesAt')} {...form.getInputProps('closesAt')} />
          </Group>
          <Text size="sm" fw={500}>{t('resources.weekdays')}</Text>
          <Chip.Group multiple {...form.getInputProps('weekdays')}>
            <Group gap={4}>
              {isoWeekdays.map((d) => <Chip key={d} value={String(d)} size="xs">{formatWeekday(d, language)}</Chip>)}
            </Group>
          </Chip.Group>
          <ErrorAlert error={error} />
          <Button type="submit">{t('resources.submit')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
