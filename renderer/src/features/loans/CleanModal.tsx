import { useState } from 'react';
import { Button, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { cleaningMethods } from '#shared/contract/loans';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { useToday } from '../clock/TodayProvider';
import { useRefreshLoans } from './use-loans';

export interface CleanTarget {
  itemId: number;
  label: string;
}

/** The cleaning/disinfection step that lets a returned item go out again; says whom it is offered to. */
export function CleanModal({ target, onClose }: { target: CleanTarget | null; onClose: (notice?: string) => void }) {
  const { t } = useTranslation('loans');
  const today = useToday();
  const refresh = useRefreshLoans();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({ initialValues: { cleanedOn: today, method: 'disinfection', note: '' } });
  const submit = form.onSubmit(async (v) => {
    if (!target) return;
    try {
      setError(null);
      const result = await api.call('loans.clean', {
        itemId: target.itemId,
        cleanedOn: v.cleanedOn,
        method: (v.method ?? 'disinfection') as (typeof cleaningMethods)[number],
        ...(v.note.trim() ? { note: v.note } : {}),
      });
      refresh();
      form.reset();
      const offered = result.offeredTo;
      onClose(offered ? t('clean.offered', { name: `${offered.clientLastName} ${offered.clientFirstName}` }) : t('clean.done'));
    } catch (failure) {
      setError(failure);
    }
  });
  return (
    <Modal opened={target !== null} onClose={() => onClose()} title={`${t('clean.title')}: ${target?.label ?? ''}`}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <LocalDateInput label={t('clean.cleanedOn')} {...form.getInputProps('cleanedOn')} />
          <Select label={t('clean.method')} data={cleaningMethods.map((m) => ({ value: m, label: t(`method.${m}`) }))} {...form.getInputProps('method')} />
          <TextInput label={t('clean.note')} {...form.getInputProps('note')} />
          <ErrorAlert error={error} />
          <Button type="submit">{t('clean.submit')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
