import { useState } from 'react';
import { Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { lendSchema } from '#shared/contract/loans';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { zodValidate } from '../../forms/zod-validate';
import { useToday } from '../clock/TodayProvider';
import { eurosToCents, loanCategories, useCategoryName, useClientOptions, useRefreshLoans } from './use-loans';
import { renderItemOption } from '../equipment-maintenance/item-option';

/** Lend a free item of a category to a client; `clientId` preset when opened from the client card. */
export function LendModal({ opened, onClose, clientId }: { opened: boolean; onClose: (loanId?: number) => void; clientId?: number }) {
  const { t } = useTranslation('loans');
  const today = useToday();
  const categoryName = useCategoryName();
  const clientOptions = useClientOptions();
  const refresh = useRefreshLoans();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      category: 'wheelchair',
      itemId: null as string | null,
      clientId: clientId ? String(clientId) : (null as string | null),
      handedOverOn: today,
      expectedReturnOn: '',
      condition: '',
      accessories: '',
      deposit: '' as number | string,
      fee: '' as number | string,
      note: '',
    },
  });
  const free = useCall('loans.freeItems', form.values.category ? { category: form.values.category } : {}, { enabled: opened });
  const items = free.data?.items ?? [];

  const submit = form.onSubmit(async (v) => {
    const input = {
      itemId: Number(v.itemId ?? 0),
      clientId: Number(v.clientId ?? 0),
      handedOverOn: v.handedOverOn,
      ...(v.expectedReturnOn ? { expectedReturnOn: v.expectedReturnOn } : {}),
      condition: v.condition,
      ...(v.accessories.trim() ? { accessories: v.accessories } : {}),
      ...(eurosToCents(v.deposit) !== undefined ? { depositCents: eurosToCents(v.deposit) } : {}),
      ...(eurosToCents(v.fee) !== undefined ? { feeCents: eurosToCents(v.fee) } : {}),
      ...(v.note.trim() ? { note: v.note } : {}),
    };
    const errors = zodValidate(lendSchema)(input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    try {
      setError(null);
      const loan = await api.call('loans.lend', input);
      refresh();
      form.reset();
      onClose(loan.id);
    } catch (failure) {
      setError(failure);
    }
  });

  return (
    <Modal opened={opened} onClose={() => onClose()} title={t('lend.title')} size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Group grow>
            <Select label={t('lend.category')} data={loanCategories.map((c) => ({ value: c, label: categoryName(c) }))} {...form.getInputProps('category')} />
            <Select
              label={t('lend.item')}
              data={items.map((i) => ({ value: String(i.id), label: `${i.inventoryNumber} · ${i.name}` }))}
              searchable
              renderOption={renderItemOption}
              {...form.getInputProps('itemId')}
            />
          </Group>
          {free.isSuccess && items.length === 0 && <Text c="orange.9" size="sm" role="status">{t('lend.noFree')}</Text>}
          <Select label={t('lend.client')} data={clientOptions} searchable disabled={clientId !== undefined} {...form.getInputProps('clientId')} />
          <Group grow>
            <LocalDateInput label={t('lend.handedOverOn')} {...form.getInputProps('handedOverOn')} />
            <LocalDateInput label={t('lend.expectedReturnOn')} {...form.getInputProps('expectedReturnOn')} />
          </Group>
          <TextInput label={t('lend.condition')} {...form.getInputProps('condition')} />
          <TextInput label={t('lend.accessories')} {...form.getInputProps('accessories')} />
          <Group grow>
            <NumberInput label={t('lend.deposit')} min={0} max={100000} decimalScale={2} {...form.getInputProps('deposit')} />
            <NumberInput label={t('lend.fee')} min={0} max={100000} decimalScale={2} {...form.getInputProps('fee')} />
          </Group>
          <TextInput label={t('lend.note')} {...form.getInputProps('note')} />
          <ErrorAlert error={error} />
          <Button type="submit">{t('lend.submit')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
