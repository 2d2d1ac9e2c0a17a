import { Chip, Group, Input, Modal, NativeSelect, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '#shared/contract/index';
import { decisionCreateSchema, type Decision } from '#shared/contract/decisions';
import { exemptionKinds } from '#shared/domain/client-parts';
import { isoWeekdays, serviceKinds } from '#shared/domain/services';
import { api } from '../../api/client';
import { RecordFormFooter } from './RecordFormFooter';
import { DraftOffer } from '../../forms/DraftOffer';
import { useLanguage } from '../../i18n/use-language';
import { weekdayName } from '../../i18n/format';
import { municipalityOptions } from '../setup/municipality-options';
import { useRecordForm } from './use-record-form';
import { LocalDateInput } from '../../components/LocalDateInput';

type Values = {
  service: Decision['service']; payingMunicipality: string; decisionNumber: string; decisionDate: string; validFrom: string; validTo: string;
  plannedWeekdays: string[]; unitsPerMonth: number | ''; copayPercent: number | ''; copayEuro: number | ''; exemption: Decision['exemption']; exemptionUntil: string;
};

const orNull = (n: number | '') => (n === '' ? null : n);

function valuesOf(d: Decision | null, municipality: string): Values {
  return {
    service: d?.service ?? 'day-care', payingMunicipality: d?.payingMunicipality ?? municipality, decisionNumber: d?.decisionNumber ?? '',
    decisionDate: d?.decisionDate ?? '', validFrom: d?.validFrom ?? '', validTo: d?.validTo ?? '', plannedWeekdays: (d?.plannedWeekdays ?? []).map(String),
    unitsPerMonth: d?.unitsPerMonth ?? '', copayPercent: d?.copayPercent ?? '', copayEuro: d?.copayAmountCents != null ? d.copayAmountCents / 100 : '',
    exemption: d?.exemption ?? 'none', exemptionUntil: d?.exemptionUntil ?? '',
  };
}

/** The municipality's decision granting a service: period, planned weekdays or units, co-payment, exemption. */
export function DecisionFormModal({ clientId, decision, municipality, onClose }: { clientId: number; decision: Decision | null; municipality: string; onClose: () => void }) {
  const { t } = useTranslation('clients');
  const language = useLanguage();
  const { form, onSubmit, error, busy, draft } = useRecordForm({
    initial: valuesOf(decision, municipality),
    schema: decisionCreateSchema,
    toInput: ({ copayEuro, plannedWeekdays, unitsPerMonth, copayPercent, ...v }: Values) => ({
      clientId, ...v, plannedWeekdays: plannedWeekdays.map(Number), unitsPerMonth: orNull(unitsPerMonth), copayPercent: orNull(copayPercent),
      copayAmountCents: copayEuro === '' ? null : Math.round(copayEuro * 100),
    }),
    save: ({ clientId: _c, ...fields }) =>
      decision
        ? api.call('decisions.update', { id: decision.id, ...fields } as MethodInput<'decisions.update'>)
        : api.call('decisions.create', { clientId, ...fields } as MethodInput<'decisions.create'>),
    onSaved: onClose,
    draft: decision ? { form: 'decision-edit', recordId: decision.id } : { form: 'decision-new', recordId: clientId },
  });
  const payers = [...municipalityOptions('LV', language), ...municipalityOptions('LT', language)];
  return (
    <Modal opened onClose={onClose} title={t(decision ? 'decisions.edit' : 'decisions.add')} size="xl">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <DraftOffer draft={draft} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label={t('decisions.service')} data-autofocus {...form.getInputProps('service')} data={serviceKinds.map((s) => ({ value: s, label: t(`service.${s}`) }))} />
            <Select label={t('decisions.payer')} searchable allowDeselect={false} data={payers} {...form.getInputProps('payingMunicipality')} />
            <TextInput label={t('decisions.number')} withAsterisk {...form.getInputProps('decisionNumber')} />
            <LocalDateInput label={t('decisions.date')} withAsterisk {...form.getInputProps('decisionDate')} />
            <LocalDateInput label={t('decisions.validFrom')} withAsterisk {...form.getInputProps('validFrom')} />
            <LocalDateInput label={t('decisions.validTo')} {...form.getInputProps('validTo')} />
          </SimpleGrid>
          <Input.Wrapper label={t('decisions.weekdays')} error={form.errors.plannedWeekdays}>
            <Chip.Group multiple {...form.getInputProps('plannedWeekdays')}>
              <Group gap="xs" mt={4}>
                {isoWeekdays.map((d) => (
                  <Chip key={d} value={String(d)} size="sm">{weekdayName(d, language)}</Chip>
                ))}
              </Group>
            </Chip.Group>
          </Input.Wrapper>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label={t('decisions.unitsPerMonth')} min={1} max={1000} {...form.getInputProps('unitsPerMonth')} />
            <NumberInput label={t('decisions.copayPercent')} min={0} max={100} suffix=" %" {...form.getInputProps('copayPercent')} />
            <NumberInput label={t('decisions.copayEuro')} min={0} decimalScale={2} prefix="€ " {...form.getInputProps('copayEuro')} />
            <NativeSelect label={t('decisions.exemption')} {...form.getInputProps('exemption')} data={exemptionKinds.map((e) => ({ value: e, label: t(`exemption.${e}`) }))} />
            <LocalDateInput label={t('decisions.exemptionUntil')} disabled={form.getValues().exemption === 'none'} {...form.getInputProps('exemptionUntil')} />
          </SimpleGrid>
          <RecordFormFooter error={error} busy={busy} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
