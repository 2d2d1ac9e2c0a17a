import { Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useToday } from '../clock/TodayProvider';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '#shared/contract/index';
import { consentCreateSchema, type Consent } from '#shared/contract/consents';
import { consentGivers, consentKinds } from '#shared/domain/client-parts';
import { api } from '../../api/client';
import { RecordFormFooter } from './RecordFormFooter';
import { DraftOffer } from '../../forms/DraftOffer';
import { useRecordForm } from './use-record-form';
import { LocalDateInput } from '../../components/LocalDateInput';

type Values = { kind: Consent['kind']; givenOn: string; givenBy: Consent['givenBy']; representativeName: string; withdrawnOn: string };

/** A consent given (or later withdrawn) by the client or a representative. */
export function ConsentFormModal({ clientId, consent, onClose }: { clientId: number; consent: Consent | null; onClose: () => void }) {
  const { t } = useTranslation('clients');
  const today = useToday();
  const { form, onSubmit, error, busy, draft } = useRecordForm({
    initial: {
      kind: consent?.kind ?? 'dataProcessing', givenOn: consent?.givenOn ?? today, givenBy: consent?.givenBy ?? 'client',
      representativeName: consent?.representativeName ?? '', withdrawnOn: consent?.withdrawnOn ?? '',
    },
    schema: consentCreateSchema,
    toInput: (v: Values) => ({ clientId, ...v }),
    save: ({ clientId: _c, ...fields }) =>
      consent
        ? api.call('consents.update', { id: consent.id, ...fields } as MethodInput<'consents.update'>)
        : api.call('consents.create', { clientId, ...fields } as MethodInput<'consents.create'>),
    onSaved: onClose,
    draft: consent ? { form: 'consent-edit', recordId: consent.id } : { form: 'consent-new', recordId: clientId },
  });
  return (
    <Modal opened onClose={onClose} title={t(consent ? 'consents.edit' : 'consents.add')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <DraftOffer draft={draft} />
          <NativeSelect label={t('consents.kind')} data-autofocus {...form.getInputProps('kind')} data={consentKinds.map((k) => ({ value: k, label: t(`consentKind.${k}`) }))} />
          <SimpleGrid cols={2}>
            <LocalDateInput label={t('consents.givenOn')} withAsterisk {...form.getInputProps('givenOn')} />
            <NativeSelect label={t('consents.givenBy')} {...form.getInputProps('givenBy')} data={consentGivers.map((g) => ({ value: g, label: t(`consentGiver.${g}`) }))} />
          </SimpleGrid>
          {form.getValues().givenBy === 'representative' && <TextInput label={t('consents.representativeName')} {...form.getInputProps('representativeName')} />}
          <LocalDateInput label={t('consents.withdrawnOn')} {...form.getInputProps('withdrawnOn')} />
          <RecordFormFooter error={error} busy={busy} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
