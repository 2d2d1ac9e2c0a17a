import { useState } from 'react';
import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { clientLanguages, clientStatuses } from '#shared/domain/services';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiError } from '../../api/client';
import { serverFieldErrors, zodValidate } from '../../forms/zod-validate';
import { useFormDraft, type DraftName } from '../../forms/use-form-draft';
import { DraftOffer } from '../../forms/DraftOffer';
import { PersonalCodeField } from './PersonalCodeField';
import { OverrideReasonModal } from './OverrideReasonModal';
import { useCodeCheck } from './use-code-check';
import type { ClientFormValues } from './client-form-values';
import { LocalDateInput } from '../../components/LocalDateInput';

interface Props {
  initial: ClientFormValues;
  /** The contract schema the core will apply, run here first for the same translated messages. */
  schema: z.ZodType;
  toInput: (values: ClientFormValues) => unknown;
  withStatus: boolean;
  submitLabel: string;
  save: (values: ClientFormValues) => Promise<unknown>;
  /** Where the half-typed card is autosaved until it is saved (see use-form-draft.ts). */
  draft: DraftName;
  /** The card being edited: its own codes (old ones too) are no duplicate. */
  clientId?: number;
}

/** The client card form, for registering and for editing; keyboard-first, every field labelled. */
export function ClientForm({ initial, schema, toInput, withStatus, submitLabel, save, draft: draftName, clientId }: Props) {
  const { t } = useTranslation(['clients', 'common']);
  const [error, setError] = useState<unknown>(null);
  const [askReason, setAskReason] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useForm<ClientFormValues>({ initialValues: initial, validate: (v) => zodValidate(schema)(toInput(v)) });
  const draft = useFormDraft(form, draftName);
  const values = form.getValues();
  const { check } = useCodeCheck(values.codeCountry, values.personalCode, (facts) => {
    if (facts.birthDate) form.setFieldValue('birthDate', facts.birthDate);
    if (facts.sex) form.setFieldValue('sex', facts.sex);
  }, clientId);
  // Where the code holds the birth date or sex they come from it; new LV codes hold neither.
  const dateFromCode = Boolean(check?.birthDate);
  const sexFromCode = Boolean(check?.sex);

  const submit = async (v: ClientFormValues) => {
    setBusy(true);
    setError(null);
    try {
      await save(v);
      draft.clear();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError) form.setErrors(serverFieldErrors(e.error.issues));
    } finally {
      setBusy(false);
    }
  };
  const onInvalid = (errors: Record<string, unknown>) => {
    // Only the reason is missing: ask for it in a dialog rather than as a field of the form.
    if (Object.keys(errors).every((k) => k === 'codeOverrideReason')) setAskReason(true);
  };

  return (
    <form onSubmit={form.onSubmit((v) => void submit(v), onInvalid)} noValidate>
      <Stack>
        <DraftOffer draft={draft} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('clients:field.firstName')} withAsterisk data-autofocus {...form.getInputProps('firstName')} />
          <TextInput label={t('clients:field.lastName')} withAsterisk {...form.getInputProps('lastName')} />
        </SimpleGrid>
        <PersonalCodeField form={form} check={check} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <LocalDateInput label={t('clients:field.birthDate')} readOnly={dateFromCode} description={dateFromCode ? t('clients:field.fromCode') : undefined} {...form.getInputProps('birthDate')} />
          <NativeSelect label={t('clients:field.sex')} disabled={sexFromCode} {...form.getInputProps('sex')}
            data={[{ value: '', label: '—' }, { value: 'female', label: t('clients:sex.female') }, { value: 'male', label: t('clients:sex.male') }]} />
          <NativeSelect label={t('clients:field.language')} {...form.getInputProps('language')} data={clientLanguages.map((l) => ({ value: l, label: t(`common:language.${l}`) }))} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('clients:field.phone')} type="tel" {...form.getInputProps('phone')} />
          <TextInput label={t('clients:field.address')} {...form.getInputProps('address')} />
        </SimpleGrid>
        <Fieldset legend={t('clients:card.reception')}>
          <Stack>
            <Checkbox label={t('clients:field.wanderingRisk')} {...form.getInputProps('wanderingRisk', { type: 'checkbox' })} />
            <Checkbox label={t('safety:card.mayGoHomeAlone')} {...form.getInputProps('mayGoHomeAlone', { type: 'checkbox' })} />
            <TextInput label={t('clients:field.diet')} {...form.getInputProps('diet')} />
            <Textarea label={t('clients:field.receptionNotes')} autosize minRows={2} {...form.getInputProps('receptionNotes')} />
          </Stack>
        </Fieldset>
        {withStatus && (
          <Fieldset legend={t('clients:card.status')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect label={t('clients:field.status')} {...form.getInputProps('status')} data={clientStatuses.map((s) => ({ value: s, label: t(`clients:status.${s}`) }))} />
              <LocalDateInput label={t('clients:field.statusSince')} {...form.getInputProps('statusSince')} />
              <TextInput label={t('clients:field.statusReason')} {...form.getInputProps('statusReason')} />
            </SimpleGrid>
          </Fieldset>
        )}
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
      <OverrideReasonModal
        opened={askReason}
        onCancel={() => setAskReason(false)}
        onConfirm={(reason) => {
          setAskReason(false);
          form.setFieldValue('codeOverrideReason', reason);
          void submit({ ...form.getValues(), codeOverrideReason: reason });
        }}
      />
    </form>
  );
}
