import { useState } from 'react';
import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { WaitlistEntry } from '#shared/contract/loans';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { useToday } from '../clock/TodayProvider';
import { useRefreshLoans } from './use-loans';

/** Lends the item offered to a waiting request to its client. */
export function ServeModal({ entry, onClose }: { entry: WaitlistEntry | null; onClose: () => void }) {
  const { t } = useTranslation('loans');
  const today = useToday();
  const refresh = useRefreshLoans();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({ initialValues: { handedOverOn: today, expectedReturnOn: '', condition: '', accessories: '' } });
  const submit = form.onSubmit(async (v) => {
    if (!entry) return;
    try {
      setError(null);
      await api.call('waitlist.serve', {
        id: entry.id,
        handedOverOn: v.handedOverOn,
        condition: v.condition,
        ...(v.expectedReturnOn ? { expectedReturnOn: v.expectedReturnOn } : {}),
        ...(v.accessories.trim() ? { accessories: v.accessories } : {}),
      });
      refresh();
      form.reset();
      onClose();
    } catch (failure) {
      setError(failure);
    }
  });
  return (
    <Modal opened={entry !== null} onClose={onClose} title={t('waitlist.serveTitle')}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          {entry && <Text fw={500}>{`${entry.clientLastName} ${entry.clientFirstName} — ${entry.offeredInventoryNumber ?? ''}`}</Text>}
          <LocalDateInput label={t('lend.handedOverOn')} {...form.getInputProps('handedOverOn')} />
          <LocalDateInput label={t('lend.expectedReturnOn')} {...form.getInputProps('expectedReturnOn')} />
          <TextInput label={t('lend.condition')} {...form.getInputProps('condition')} />
          <TextInput label={t('lend.accessories')} {...form.getInputProps('accessories')} />
          <ErrorAlert error={error} />
          <Button type="submit">{t('lend.submit')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
