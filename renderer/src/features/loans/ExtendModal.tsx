import { useState } from 'react';
import { Button, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Loan } from '#shared/contract/loans';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { useRefreshLoans } from './use-loans';

/** A new expected return date; the earlier one stays in the loan's history. */
export function ExtendModal({ loan, onClose }: { loan: Loan | null; onClose: () => void }) {
  const { t } = useTranslation('loans');
  const refresh = useRefreshLoans();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({ initialValues: { expectedReturnOn: '', reason: '' } });
  const submit = form.onSubmit(async (v) => {
    if (!loan) return;
    try {
      setError(null);
      await api.call('loans.extend', { loanId: loan.id, expectedReturnOn: v.expectedReturnOn, ...(v.reason.trim() ? { reason: v.reason } : {}) });
      refresh();
      form.reset();
      onClose();
    } catch (failure) {
      setError(failure);
    }
  });
  return (
    <Modal opened={loan !== null} onClose={onClose} title={t('extend.title')}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <LocalDateInput label={t('extend.expectedReturnOn')} {...form.getInputProps('expectedReturnOn')} />
          <TextInput label={t('extend.reason')} {...form.getInputProps('reason')} />
          <ErrorAlert error={error} />
          <Button type="submit">{t('extend.submit')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
