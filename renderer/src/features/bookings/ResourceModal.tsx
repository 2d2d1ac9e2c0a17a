import { useState } from 'react';
import { Button, Checkbox, Chip, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { bookingsContract, type Resource } from '#shared/contract/bookings';
import { isoWeekdays } from '#shared/domain/services';
import { ApiError, api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalTimeInput } from '../../components/LocalTimeInput';
import { serverFieldErrors, zodValidate } from '../../forms/zod-validate';
import { formatWeekday } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { renderItemOption } from '../equipment-maintenance/item-option';

interface ResourceModalProps {
  opened: boolean;
  /** The resource to edit; without it the modal makes a new one bookable. */
  resource?: Resource | null;
  onClose: (resourceId?: number) => void;
}

/** Makes an item of the register or a room bookable, with its slot and hours, or edits one (managers). */
export function ResourceModal({ opened, resource, onClose }: ResourceModalProps) {
  const { t } = useTranslation('bookings');
  return (
    <Modal opened={opened} onClose={() => onClose()} title={resource ? t('resources.editTitle') : t('resources.title')}>
      {opened && <ResourceForm key={resource?.id ?? 'new'} resource={resource ?? null} onDone={onClose} />}
    </Modal>
  );
}

const createSchema = bookingsContract['resources.create'].input;
const updateSchema = bookingsContract['resources.update'].input;

function ResourceForm({ resource, onDone }: { resource: Resource | null; onDone: (resourceId?: number) => void }) {
  const { t } = useTranslation('bookings');
  const language = useLanguage();
  const [error, setError] = useState<unknown>(null);
  const items = useCall('loans.freeItems', {});
  const form = useForm({
    initialValues: {
      name: resource?.name ?? '',
      itemId: resource?.itemId ? String(resource.itemId) : (null as string | null),
      room: resource?.room ?? '',
      serviceUnit: resource?.serviceUnit ?? '',
      slotMinutes: (resource?.slotMinutes ?? 30) as number | string,
      opensAt: resource?.opensAt ?? '09:00',
      closesAt: resource?.closesAt ?? '16:00',
      weekdays: (resource?.weekdays ?? [1, 2, 3, 4, 5]).map(String),
      active: resource?.active ?? true,
    },
  });
  const itemOptions = (items.data?.items ?? []).map((i) => ({ value: String(i.id), label: `${i.inventoryNumber} · ${i.name}` }));
  // The resource's own item is not free (it is in use as this resource): keep it choosable.
  if (resource?.itemId && !itemOptions.some((o) => o.value === String(resource.itemId))) {
    itemOptions.unshift({ value: String(resource.itemId), label: `${resource.inventoryNumber ?? ''} · ${resource.name}` });
  }

  const submit = form.onSubmit(async (v) => {
    const fields = {
      name: v.name,
      ...(v.itemId ? { itemId: Number(v.itemId) } : {}),
      ...(v.room.trim() ? { room: v.room } : {}),
      serviceUnit: v.serviceUnit,
      slotMinutes: typeof v.slotMinutes === 'number' ? v.slotMinutes : Number(v.slotMinutes),
      opensAt: v.opensAt,
      closesAt: v.closesAt,
      weekdays: v.weekdays.map(Number),
      active: v.active,
    };
    const errors = resource ? zodValidate(updateSchema)({ id: resource.id, ...fields }) : zodValidate(createSchema)(fields);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    try {
      setError(null);
      const saved = resource ? await api.call('resources.update', { id: resource.id, ...fields }) : await api.call('resources.create', fields);
      onDone(saved.id);
    } catch (failure) {
      if (failure instanceof ApiError && failure.error.issues?.length) form.setErrors(serverFieldErrors(failure.error.issues));
      else setError(failure);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label={t('resources.name')} data-autofocus {...form.getInputProps('name')} />
        <Group grow align="flex-start">
          <Select label={t('resources.item')} placeholder={t('resources.noItem')} clearable searchable data={itemOptions} renderOption={renderItemOption} {...form.getInputProps('itemId')} />
          <TextInput label={t('resources.room')} {...form.getInputProps('room')} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label={t('resources.serviceUnit')} {...form.getInputProps('serviceUnit')} />
          <NumberInput label={t('resources.slotMinutes')} min={5} max={240} step={5} {...form.getInputProps('slotMinutes')} />
        </Group>
        <Group grow align="flex-start">
          <LocalTimeInput label={t('resources.opensAt')} {...form.getInputProps('opensAt')} />
          <LocalTimeInput label={t('resources.closesAt')} {...form.getInputProps('closesAt')} />
        </Group>
        <Text size="sm" fw={500} id="resource-weekdays">{t('resources.weekdays')}</Text>
        <Chip.Group multiple {...form.getInputProps('weekdays')}>
          <Group gap={4} role="group" aria-labelledby="resource-weekdays">
            {isoWeekdays.map((d) => <Chip key={d} value={String(d)} size="xs">{formatWeekday(d, language)}</Chip>)}
          </Group>
        </Chip.Group>
        {form.errors.weekdays && <Text size="xs" c="red.8" role="alert">{form.errors.weekdays}</Text>}
        {resource && <Checkbox label={t('resources.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
        <ErrorAlert error={error} />
        <Button type="submit">{t('resources.submit')}</Button>
      </Stack>
    </form>
  );
}
