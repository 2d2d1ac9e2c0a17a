import { useState } from 'react';
import { Button, Checkbox, Group, NumberInput, Paper, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { scheduleIntervalUnits, scheduleKinds, type ScheduleIntervalUnit, type ScheduleKind } from '#shared/domain/equipment-due';
import { useCall, useCallMutation } from '../../api/use-call';
import { LocalDateInput } from '../../components/LocalDateInput';
import { useMe } from '../auth/use-session';
import { useMayCall } from '../print/use-may-call';
import { CallError } from './CallError';
import { useRefreshEquipment } from './use-refresh';

/** A new schedule for an item: what, how often, counted from when, who is responsible. */
export function ScheduleForm({ itemId, onDone }: { itemId: number; onDone: () => void }) {
  const { t } = useTranslation('equipmentMaintenance');
  const me = useMe().data?.staff;
  const mayListStaff = useMayCall('staff.list');
  const staffList = useCall('staff.list', {}, { enabled: mayListStaff });
  const create = useCallMutation('equipment.schedules.create');
  const refresh = useRefreshEquipment();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ScheduleKind>('safety-inspection');
  const [intervalValue, setIntervalValue] = useState<number | string>(12);
  const [intervalUnit, setIntervalUnit] = useState<ScheduleIntervalUnit>('months');
  const [startsOn, setStartsOn] = useState<string | null>(null);
  const [responsibleKind, setResponsibleKind] = useState<'staff' | 'supplier'>('supplier');
  const [staffId, setStaffId] = useState<string | null>(me ? String(me.id) : null);
  const [supplierName, setSupplierName] = useState('');
  const [supplierContact, setSupplierContact] = useState('');
  const [blocksUse, setBlocksUse] = useState(true);
  const staffOptions = (staffList.data?.staff ?? (me ? [me] : [])).map((s) => ({ value: String(s.id), label: s.fullName }));

  const submit = () =>
    create.mutate(
      {
        itemId,
        title,
        kind,
        intervalUnit,
        intervalValue: typeof intervalValue === 'number' ? intervalValue : Number(intervalValue),
        ...(startsOn ? { startsOn } : {}),
        responsibleKind,
        responsibleStaffId: responsibleKind === 'staff' && staffId ? Number(staffId) : null,
        supplierName: responsibleKind === 'supplier' ? supplierName : '',
        supplierContact,
        blocksUse,
      },
      { onSuccess: () => void refresh().then(onDone) },
    );

  return (
    <Paper withBorder p="md" component="form" aria-label={t('schedules.add')} onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <Stack gap="sm">
        <Group grow align="flex-end">
          <TextInput label={t('schedules.name')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required />
          <Select
            label={t('schedules.kind')}
            value={kind}
            allowDeselect={false}
            onChange={(value) => {
              if (!value) return;
              setKind(value);
              setBlocksUse(value === 'safety-inspection');
            }}
            data={scheduleKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
        </Group>
        <Group grow align="flex-end">
          <NumberInput label={t('schedules.interval')} value={intervalValue} onChange={setIntervalValue} allowDecimal={false} />
          <Select
            label={t('schedules.unit')}
            value={intervalUnit}
            allowDeselect={false}
            onChange={(value) => value && setIntervalUnit(value)}
            data={scheduleIntervalUnits.map((u) => ({ value: u, label: t(`unit.${u}`) }))}
          />
          <LocalDateInput label={t('schedules.startsOn')} value={startsOn ?? undefined} onChange={(value) => setStartsOn(value ? String(value) : null)} clearable />
        </Group>
        <SegmentedControl
          aria-label={t('schedules.responsibleKind')}
          value={responsibleKind}
          onChange={(value) => setResponsibleKind(value)}
          data={[
            { value: 'supplier', label: t('schedules.supplier') },
            { value: 'staff', label: t('schedules.staff') },
          ]}
        />
        <Group grow align="flex-end">
          {responsibleKind === 'staff' ? (
            <Select label={t('schedules.staffMember')} value={staffId} onChange={setStaffId} data={staffOptions} />
          ) : (
            <TextInput label={t('schedules.supplierName')} value={supplierName} onChange={(e) => setSupplierName(e.currentTarget.value)} />
          )}
          <TextInput label={t('schedules.supplierContact')} value={supplierContact} onChange={(e) => setSupplierContact(e.currentTarget.value)} />
        </Group>
        <Checkbox label={t('schedules.blocksUse')} checked={blocksUse} onChange={(e) => setBlocksUse(e.currentTarget.checked)} />
        <CallError error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>{t('schedules.save')}</Button>
          <Button variant="default" onClick={onDone}>{t('schedules.cancel')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
