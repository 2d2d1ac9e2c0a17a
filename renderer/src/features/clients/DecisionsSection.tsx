import { useState } from 'react';
import { useToday } from '../clock/TodayProvider';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Decision } from '#shared/contract/decisions';
import { findMunicipality } from '#shared/domain/municipalities';
import { daysBetween } from '#shared/domain/dates';
import { formatDate, weekdayName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { SectionCard } from './SectionCard';
import { DecisionFormModal } from './DecisionFormModal';
import { VoidRecordModal } from './VoidRecordModal';
import { VoidedNote, voidedStyle } from './VoidedNote';
import { api } from '../../api/client';
import { ClientBillingSection } from '../billing/ClientBillingSection';

export const expiryWarningDays = 30;

/** Decisions over time; one ending within 30 days is flagged, as on the dashboard; voided ones stay, struck through. */
export function DecisionsSection(props: { clientId: number; decisions: Decision[]; canWrite: boolean; municipality: string }) {
  const { t } = useTranslation('clients');
  const language = useLanguage();
  const [editing, setEditing] = useState<Decision | null | 'new'>(null);
  const [voiding, setVoiding] = useState<Decision | null>(null);
  const today = useToday();
  const payer = (code: string) => {
    const m = findMunicipality(code);
    return m ? (language === 'ru' ? m.nameRu : m.name) : code;
  };
  return (
    <SectionCard title={t('decisions.title')} addLabel={t('decisions.add')} onAdd={props.canWrite ? () => setEditing('new') : undefined}>
      {props.decisions.length === 0 ? (
        <Text c="dimmed" size="sm">{t('decisions.none')}</Text>
      ) : (
        <Table striped>
          <Table.Tbody>
            {props.decisions.map((d) => {
              const left = d.validTo && !d.voidedAt ? daysBetween(today, d.validTo) : null;
              const struck = voidedStyle(d);
              return (
                <Table.Tr key={d.id}>
                  <Table.Td style={struck}>{t(`service.${d.service}`)}</Table.Td>
                  <Table.Td style={struck}>{t('decisions.numbered', { number: d.decisionNumber, date: formatDate(d.decisionDate, language) })}</Table.Td>
                  <Table.Td style={struck}>{d.validTo ? t('decisions.period', { from: formatDate(d.validFrom, language), to: formatDate(d.validTo, language) }) : t('decisions.openEnded', { from: formatDate(d.validFrom, language) })}</Table.Td>
                  <Table.Td style={struck}>{d.plannedWeekdays.length ? d.plannedWeekdays.map((w) => weekdayName(w, language)).join(', ') : d.unitsPerMonth ? t('decisions.units', { count: d.unitsPerMonth }) : ''}</Table.Td>
                  <Table.Td style={struck}>{payer(d.payingMunicipality)}</Table.Td>
                  <Table.Td>
                    <VoidedNote record={d} />
                    {left !== null && left >= 0 && left <= expiryWarningDays && <Badge color="orange">{t('decisions.expiresIn', { count: left })}</Badge>}
                    {left !== null && left < 0 && <Badge color="gray">{t('decisions.ended')}</Badge>}
                  </Table.Td>
                  {props.canWrite && (
                    <Table.Td>
                      {!d.voidedAt && (
                        <Group gap={4} wrap="nowrap">
                          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(d)}>{t('actions.edit')}</Button>
                          <Button size="compact-xs" variant="subtle" color="red" onClick={() => setVoiding(d)}>{t('voiding.action')}</Button>
                        </Group>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <ClientBillingSection clientId={props.clientId} decisions={props.decisions} canWrite={props.canWrite} />
      {voiding && (
        <VoidRecordModal title={t('voiding.decisionTitle', { number: voiding.decisionNumber })} onClose={() => setVoiding(null)}
          onVoid={(reason) => api.call('decisions.void', { id: voiding.id, reason })} />
      )}
      {editing && <DecisionFormModal clientId={props.clientId} decision={editing === 'new' ? null : editing} municipality={props.municipality} onClose={() => setEditing(null)} />}
    </SectionCard>
  );
}
