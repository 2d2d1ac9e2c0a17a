import { useState } from 'react';
import { Button, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { loanDamages, returnSchema, type Loan } from '#shared/contract/loans';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { zodValidate } from '../../forms/zod-validate';
import { useToday } from '../clock/TodayProvider';
import { useRefreshLoans } from './use-loans';
import { ItemOptionLabel } from '../equipment-maintenance/item-option';

/** Taking an item back: date, condition, damage or loss with a note. */
export function ReturnModal({ loan, onClose }: { loan: Loan | null; onClose: () => void }) {
  const { t } = useTranslation('loans');
  const today = useToday();
  const refresh = useRefreshLoans();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({ initialValues: { returnedOn: today, condition: '', damage: 'none' as (typeof loanDamages)[number], note: '' } });

  const submit = form.onSubmit(async (v) => {
    if (!loan) return;
    const input = { loanId: loan.id, returnedOn: v.returnedOn, condition: v.condition, damage: v.damage, ...(v.note.trim() ? { note: v.note } : {}) };
    const errors = zodValidate(returnSchema)(input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    try {
      setError(null);
      await api.call('loans.return', input);
      refresh();
      form.reset();
      onClose();
    } catch (failure) {
      setError(failure);
    }
  });

  return (
    <Modal opened={loan !== null} onClose={onClose} title={t('return.title')}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          {loan && <Text fw={500} component="div"><ItemOptionLabel label={`${loan.inventoryNumber} · ${loan.itemName} — ${loan.clientLastName} ${loan.clientFirstName}`} itemId={loan.itemId} /></Text>}
          <LocalDateInput label={t('return.returnedOn')} {...form.getInputProps('returnedOn')} />
          <TextInput label={t('return.condition')} {...form.getInputProps('condition')} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="return-damage-label">{t('return.damage')}</Text>
            <SegmentedControl
              aria-labelledby="return-damage-label"
              data={loanDamages.map((d) => ({ value: d, label: t(`damage.${d}`) }))}
              {...form.getInputProps('damage')}
            />
          </Stack>
          <TextInput label={t('return.note')} {...form.getInputProps('note')} />
          <ErrorAlert error={error} />
          <Button type="submit">{t('return.submit')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
