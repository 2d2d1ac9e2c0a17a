import { useState } from 'react';
import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '#shared/contract/assessments';
import { barthelMaxTotal } from '#shared/domain/barthel';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useCall } from '../../api/use-call';
import { SectionCard } from './SectionCard';
import { AssessmentFormModal } from './AssessmentFormModal';
import { VoidRecordModal } from './VoidRecordModal';
import { VoidedNote, voidedStyle } from './VoidedNote';
import { api } from '../../api/client';

const roman = ['I', 'II', 'III', 'IV'];

/** The latest result of each instrument on top; the whole history below, voided assessments struck through. */
export function AssessmentsSection({ clientId, canWrite, assessor }: { clientId: number; canWrite: boolean; assessor: string }) {
  const { t } = useTranslation('clients');
  const language = useLanguage();
  const [adding, setAdding] = useState(false);
  const [voiding, setVoiding] = useState<Assessment | null>(null);
  const history = useCall('assessments.list', { clientId });
  const result = (a: Assessment) =>
    a.instrument === 'barthel' ? t('assessments.total', { total: a.barthelTotal ?? 0, max: barthelMaxTotal }) : t('assessments.level', { level: roman[(a.careLevel ?? 1) - 1] ?? '' });
  const rows = history.data?.assessments ?? [];
  return (
    <SectionCard title={t('assessments.title')} addLabel={t('assessments.add')} onAdd={canWrite ? () => setAdding(true) : undefined}>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">{t('assessments.none')}</Text>
      ) : (
        <Table striped>
          <Table.Tbody>
            {rows.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td style={voidedStyle(a)}>{formatDate(a.assessedOn, language)}</Table.Td>
                <Table.Td style={voidedStyle(a)} title={a.instrumentVersion}>{t(`instrument.${a.instrument}`)}</Table.Td>
                <Table.Td style={voidedStyle(a)} fw={600}>{result(a)}</Table.Td>
                <Table.Td style={voidedStyle(a)}>{a.assessor}</Table.Td>
                <Table.Td>
                  {a.voidedAt ? <VoidedNote record={a} /> : a.nextReview ? t('assessments.reviewOn', { date: formatDate(a.nextReview, language) }) : ''}
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    {!a.voidedAt && <Button size="compact-xs" variant="subtle" color="red" onClick={() => setVoiding(a)}>{t('voiding.action')}</Button>}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {voiding && (
        <VoidRecordModal title={t('voiding.assessmentTitle', { date: formatDate(voiding.assessedOn, language) })} onClose={() => setVoiding(null)}
          onVoid={(reason) => api.call('assessments.void', { id: voiding.id, reason })} />
      )}
      {adding && <AssessmentFormModal clientId={clientId} assessor={assessor} onClose={() => setAdding(false)} />}
    </SectionCard>
  );
}
