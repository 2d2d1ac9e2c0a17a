import { Modal, NumberInput, SegmentedControl, Stack, Switch, TextInput, Input } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract, type MethodInput } from '#shared/contract/index';
import type { DecisionTerms } from '#shared/contract/billing-settings';
import { api } from '../../api/client';
import { RecordFormFooter } from '../clients/RecordFormFooter';
import { useRecordForm } from '../clients/use-record-form';
import { useLanguage } from '../../i18n/use-language';

type ShareKind = 'none' | 'percent' | 'amount';
type Values = { privatePayer: boolean; clientReference: string; shareKind: ShareKind; percent: number | ''; euro: number | '' };

function valuesOf(t: DecisionTerms): Values {
  return {
    privatePayer: t.privatePayer,
    clientReference: t.clientReference ?? '',
    shareKind: t.copayPercent !== null ? 'percent' : t.copayAmountCents !== null ? 'amount' : 'none',
    percent: t.copayPercent ?? '',
    euro: t.copayAmountCents !== null ? t.copayAmountCents / 100 : '',
  };
}

/** A decision's billing terms: who pays, the municipality's client reference, the client's share. */
export function DecisionTermsModal({ terms, decisionNumber, onClose, onSaved }: { terms: DecisionTerms; decisionNumber: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('billing');
  const language = useLanguage();
  const { form, onSubmit, error, busy } = useRecordForm({
    initial: valuesOf(terms),
    schema: contract['billing.setDecisionTerms'].input,
    toInput: (v: Values) => ({
      decisionId: terms.decisionId,
      privatePayer: v.privatePayer,
      clientReference: v.clientReference.trim() === '' ? null : v.clientReference,
      // An empty required field goes to the schema as it is, which answers with the field's error.
      copayPercent: v.shareKind === 'percent' ? v.percent : null,
      copayAmountCents: v.shareKind === 'amount' ? (v.euro === '' ? '' : Math.round(v.euro * 100)) : null,
    }),
    save: (input) => api.call('billing.setDecisionTerms', input as MethodInput<'billing.setDecisionTerms'>),
    onSaved: () => {
      onSaved();
      onClose();
    },
  });
  const decimal = language === 'en' ? '.' : ',';
  return (
    <Modal opened onClose={onClose} title={t('terms.editTitle', { number: decisionNumber })} size="md">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Switch label={t('terms.privatePayer')} description={t('terms.privatePayerHint')} {...form.getInputProps('privatePayer', { type: 'checkbox' })} data-autofocus />
          <TextInput label={t('terms.clientReference')} description={t('terms.clientReferenceHint')} maxLength={60} {...form.getInputProps('clientReference')} />
          <Input.Wrapper label={t('terms.share')}>
            <SegmentedControl
              fullWidth
              data={(['none', 'percent', 'amount'] as const).map((k) => ({ value: k, label: t(`terms.shareKind.${k}`) }))}
              {...form.getInputProps('shareKind')}
            />
          </Input.Wrapper>
          {form.values.shareKind === 'percent' && (
            <NumberInput label={t('terms.percent')} min={0} max={100} allowDecimal={false} withAsterisk {...form.getInputProps('percent')} error={form.errors.percent ?? form.errors.copayPercent} />
          )}
          {form.values.shareKind === 'amount' && (
            <NumberInput label={t('terms.amountPerDay')} min={0} decimalScale={2} fixedDecimalScale decimalSeparator={decimal} withAsterisk {...form.getInputProps('euro')} error={form.errors.euro ?? form.errors.copayAmountCents} />
          )}
          <RecordFormFooter error={error} busy={busy} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
