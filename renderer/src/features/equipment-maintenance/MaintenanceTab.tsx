import { useState } from 'react';
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useMayCall } from '../print/use-may-call';
import { MaintenanceForm } from './MaintenanceForm';
import { SafetyOverdueBadge } from './SafetyOverdueBadge';
import { ScheduleForm } from './ScheduleForm';
import { useIntervalLabel } from './use-interval-label';

const stateColour = { overdue: 'red', 'due-soon': 'orange', upcoming: 'teal' } as const;

/** The item page's "Maintenance" tab: its schedules with the next due date, and what was done. */
export function MaintenanceTab({ item }: { item: { id: number } }) {
  const { t } = useTranslation('equipmentMaintenance');
  const language = useLanguage();
  const every = useIntervalLabel();
  const schedules = useCall('equipment.schedules.list', { itemId: item.id });
  const history = useCall('equipment.maintenance.list', { itemId: item.id });
  const mayWrite = useMayCall('equipment.maintenance.record');
  const [form, setForm] = useState<'schedule' | 'maintenance' | null>(null);
  const rows = schedules.data?.schedules ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">{t('schedules.title')} <SafetyOverdueBadge itemId={item.id} /></Title>
        {mayWrite && (
          <Group>
            <Button variant="default" onClick={() => setForm('schedule')}>{t('schedules.add')}</Button>
            <Button onClick={() => setForm('maintenance')}>{t('maintenance.record')}</Button>
          </Group>
        )}
      </Group>
      <ErrorAlert error={schedules.error ?? history.error} />
      {form === 'schedule' && <ScheduleForm itemId={item.id} onDone={() => setForm(null)} />}
      {form === 'maintenance' && <MaintenanceForm itemId={item.id} schedules={rows.filter((s) => s.active)} onDone={() => setForm(null)} />}
      {schedules.isSuccess && rows.length === 0 && <Text size="sm" c="dark.4">{t('schedules.none')}</Text>}
      {rows.length > 0 && (
        <Table striped aria-label={t('schedules.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('schedules.name')}</Table.Th>
              <Table.Th>{t('schedules.interval')}</Table.Th>
              <Table.Th>{t('due.lastDone')}</Table.Th>
              <Table.Th>{t('schedules.nextDue')}</Table.Th>
              <Table.Th>{t('due.responsible')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  {s.title}
                  <Text size="xs" c="dark.4">{t(`kind.${s.kind}`)}</Text>
                </Table.Td>
                <Table.Td>{every(s.intervalUnit, s.intervalValue)}</Table.Td>
                <Table.Td>{s.lastDoneOn ? formatDate(s.lastDoneOn, language) : t('due.never')}</Table.Td>
                <Table.Td>
                  {s.intervalUnit === 'uses' ? t('due.uses', { used: s.usesSinceLast ?? 0, interval: s.intervalValue }) : formatDate(s.nextDueOn, language)}{' '}
                  {s.dueState && <Badge color={stateColour[s.dueState]} variant="light">{t(`state.${s.dueState}`)}</Badge>}
                </Table.Td>
                <Table.Td>{s.responsibleName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={2} size="h4">{t('maintenance.title')}</Title>
      {history.isSuccess && history.data.records.length === 0 && <Text size="sm" c="dark.4">{t('maintenance.none')}</Text>}
      {history.data && history.data.records.length > 0 && (
        <Table striped aria-label={t('maintenance.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('maintenance.doneOn')}</Table.Th>
              <Table.Th>{t('maintenance.schedule')}</Table.Th>
              <Table.Th>{t('maintenance.work')}</Table.Th>
              <Table.Th>{t('maintenance.performedBy')}</Table.Th>
              <Table.Th>{t('maintenance.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.records.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatDate(r.doneOn, language)}</Table.Td>
                <Table.Td>{r.scheduleTitle ?? t('maintenance.noSchedule')}</Table.Td>
                <Table.Td>
                  {r.work}
                  {r.documentRef && <Text size="xs" c="dark.4">{r.documentRef}</Text>}
                </Table.Td>
                <Table.Td>{r.performedBy}</Table.Td>
                <Table.Td>{t(`result.${r.result}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
