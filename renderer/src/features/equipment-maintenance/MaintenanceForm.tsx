import { useState } from 'react';
import { Button, Group, NumberInput, Paper, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { maintenanceResults, type MaintenanceResult } from '#shared/domain/equipment-due';
import type { Schedule } from '#shared/contract/equipment-maintenance';
import { useCallMutation } from '../../api/use-call';
import { LocalDateInput } from '../../components/LocalDateInput';
import { useToday } from '../clock/TodayProvider';
import { CallError } from './CallError';
import { useRefreshEquipment } from './use-refresh';

/** One maintenance or inspection done: for a schedule or outside one. */
export function MaintenanceForm({ itemId, schedules, onDone }: { itemId: number; schedules: Schedule[]; onDone: () => void }) {
  const { t } = useTranslation('equipmentMaintenance');
  const today = useToday();
  const record = useCallMutation('equipment.maintenance.record');
  const refresh = useRefreshEquipment();
  const [scheduleId, setScheduleId] = useState<string | null>(schedules[0] ? String(schedules[0].id) : null);
  const [doneOn, setDoneOn] = useState<string | null>(today);
  const [performedBy, setPerformedBy] = useState('');
  const [work, setWork] = useState('');
  const [cost, setCost] = useState<number | string>('');
  const [documentRef, setDocumentRef] = useState('');
  const [result, setResult] = useState<MaintenanceResult>('ok');

  const submit = () =>
    record.mutate(
      {
        itemId,
        scheduleId: scheduleId ? Number(scheduleId) : null,
        doneOn: doneOn ?? '',
        performedBy,
        work,
        costCents: cost === '' ? null : Math.round(Number(cost) * 100),
        documentRef,
        result,
      },
      { onSuccess: () => void refresh().then(onDone) },
    );

  return (
    <Paper withBorder p="md" component="form" aria-label={t('maintenance.record')} onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <Stack gap="sm">
        <Group grow align="flex-end">
          <Select
            label={t('maintenance.schedule')}
            value={scheduleId ?? ''}
            allowDeselect={false}
            onChange={(value) => setScheduleId(value ? value : null)}
            data={[...schedules.map((s) => ({ value: String(s.id), label: s.title })), { value: '', label: t('maintenance.noSchedule') }]}
          />
          <LocalDateInput label={t('maintenance.doneOn')} value={doneOn ?? undefined} onChange={(value) => setDoneOn(value ? String(value) : null)} required />
          <TextInput label={t('maintenance.performedBy')} value={performedBy} onChange={(e) => setPerformedBy(e.currentTarget.value)} required />
        </Group>
        <Textarea label={t('maintenance.work')} value={work} onChange={(e) => setWork(e.currentTarget.value)} required autosize minRows={2} />
        <Group grow align="flex-end">
          <NumberInput label={t('maintenance.cost')} value={cost} onChange={setCost} min={0} decimalScale={2} />
          <TextInput label={t('maintenance.documentRef')} value={documentRef} onChange={(e) => setDocumentRef(e.currentTarget.value)} />
          <Select
            label={t('maintenance.result')}
            value={result}
            allowDeselect={false}
            onChange={(value) => value && setResult(value)}
            data={maintenanceResults.map((r) => ({ value: r, label: t(`result.${r}`) }))}
          />
        </Group>
        <CallError error={record.error} />
        <Group>
          <Button type="submit" loading={record.isPending}>{t('maintenance.save')}</Button>
          <Button variant="default" onClick={onDone}>{t('schedules.cancel')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
