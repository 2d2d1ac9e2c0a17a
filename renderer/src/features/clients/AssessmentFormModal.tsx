import { Modal, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useToday } from '../clock/TodayProvider';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '#shared/contract/index';
import { assessmentCreateSchema } from '#shared/contract/assessments';
import { barthelItems, barthelMaxTotal, barthelTotal, careLevels, type AssessmentInstrument, type BarthelScores } from '#shared/domain/barthel';
import { api } from '../../api/client';
import { RecordFormFooter } from './RecordFormFooter';
import { DraftOffer } from '../../forms/DraftOffer';
import { useRecordForm } from './use-record-form';
import { LocalDateInput } from '../../components/LocalDateInput';

type Values = { instrument: AssessmentInstrument; assessedOn: string; assessor: string; careLevel: string; barthel: Record<string, string>; nextReview: string; note: string };

const roman = ['I', 'II', 'III', 'IV'];

/** A needs assessment: Latvian care level or the Barthel index, whose total is computed from its items. */
export function AssessmentFormModal({ clientId, assessor, onClose }: { clientId: number; assessor: string; onClose: () => void }) {
  const { t } = useTranslation('clients');
  const today = useToday();
  const { form, onSubmit, error, busy, draft } = useRecordForm({
    initial: { instrument: 'barthel', assessedOn: today, assessor, careLevel: '', barthel: Object.fromEntries(barthelItems.map((i) => [i.key, ''])), nextReview: '', note: '' },
    schema: assessmentCreateSchema,
    toInput: ({ careLevel, barthel, ...v }: Values) => ({
      clientId,
      ...v,
      ...(v.instrument === 'lv-care-level'
        ? { careLevel: careLevel ? Number(careLevel) : null }
        : { barthel: Object.values(barthel).some((s) => s === '') ? null : Object.fromEntries(Object.entries(barthel).map(([k, s]) => [k, Number(s)])) }),
    }),
    save: (input) => api.call('assessments.create', input as MethodInput<'assessments.create'>),
    onSaved: onClose,
    draft: { form: 'assessment-new', recordId: clientId },
  });
  const values = form.getValues();
  const scored = Object.values(values.barthel).every((s) => s !== '');
  const total = scored ? barthelTotal(Object.fromEntries(Object.entries(values.barthel).map(([k, s]) => [k, Number(s)])) as BarthelScores) : null;

  return (
    <Modal opened onClose={onClose} title={t('assessments.add')} size="xl">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <DraftOffer draft={draft} />
          <SegmentedControl data={[{ value: 'barthel', label: t('instrument.barthel') }, { value: 'lv-care-level', label: t('instrument.lv-care-level') }]} {...form.getInputProps('instrument')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <LocalDateInput label={t('assessments.date')} withAsterisk {...form.getInputProps('assessedOn')} />
            <TextInput label={t('assessments.assessor')} withAsterisk {...form.getInputProps('assessor')} />
            <LocalDateInput label={t('assessments.nextReview')} {...form.getInputProps('nextReview')} />
          </SimpleGrid>
          {values.instrument === 'lv-care-level' ? (
            <NativeSelect label={t('assessments.careLevel')} {...form.getInputProps('careLevel')} data={[{ value: '', label: '—' }, ...careLevels.map((l) => ({ value: String(l), label: roman[l - 1] ?? '' }))]} />
          ) : (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {barthelItems.map((item) => (
                  <NativeSelect key={item.key} label={t(`barthel.${item.key}`)} {...form.getInputProps(`barthel.${item.key}`)}
                    data={[{ value: '', label: '—' }, ...Array.from({ length: item.max + 1 }, (_, n) => ({ value: String(n), label: String(n) }))]} />
                ))}
              </SimpleGrid>
              <Text fw={600} role="status" data-testid="barthel-total">
                {total === null ? t('assessments.totalPending') : t('assessments.total', { total, max: barthelMaxTotal })}
              </Text>
              {form.errors.barthel && <Text c="red" size="sm">{form.errors.barthel}</Text>}
            </>
          )}
          <TextInput label={t('assessments.note')} {...form.getInputProps('note')} />
          <RecordFormFooter error={error} busy={busy} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
