import { count, and, eq, gt, lte } from 'drizzle-orm';
import type { Executor } from '#db/client';
import { findSchedule, insertSchedule, itemForMaintenance, lastDoneOf, schedulesOfItem, updateSchedule, type ScheduleRow } from '#db/queries/equipment-maintenance';
import { findStaffById } from '#db/queries/staff';
import { equipmentUsage } from '#db/schema/equipment-maintenance';
import { nextDueDate } from '#shared/domain/equipment-due';
import { localDate } from '#shared/domain/local-date';
import type { MethodParsedInput } from '#shared/contract/index';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';
import { scheduleView } from './schedule-view';

type ScheduleHandlers = Pick<Handlers, 'equipment.schedules.list' | 'equipment.schedules.create' | 'equipment.schedules.update'>;
type Fields = MethodParsedInput<'equipment.schedules.create'> | MethodParsedInput<'equipment.schedules.update'>;

const orNull = (value: string | undefined) => (value ? value : null);

/** Uses since the schedule's last maintenance (or its start) up to `today`. */
export function usesSince(tx: Executor, row: ScheduleRow, today: string): number {
  const since = row.lastDoneOn ?? row.startsOn;
  return (
    tx
      .select({ n: count() })
      .from(equipmentUsage)
      .where(and(eq(equipmentUsage.itemId, row.itemId), gt(equipmentUsage.usedOn, since), lte(equipmentUsage.usedOn, today)))
      .get()?.n ?? 0
  );
}

/** The responsible person: a staff member who exists, or a supplier with a name. */
function responsible(tx: Executor, fields: Fields) {
  if (fields.responsibleKind === 'staff') {
    if (fields.responsibleStaffId == null) throw conflict('equipmentMaintenance.staffRequired');
    if (!findStaffById(tx, fields.responsibleStaffId)) throw notFound('staff.notFound');
    return { responsibleKind: 'staff' as const, responsibleStaffId: fields.responsibleStaffId, supplierName: null, supplierContact: orNull(fields.supplierContact) };
  }
  if (!fields.supplierName) throw conflict('equipmentMaintenance.supplierRequired');
  return { responsibleKind: 'supplier' as const, responsibleStaffId: null, supplierName: fields.supplierName, supplierContact: orNull(fields.supplierContact) };
}

export function scheduleHandlers({ db, now }: ServiceDeps): ScheduleHandlers {
  const today = () => localDate(now());
  const view = (tx: Executor, row: ScheduleRow) => {
    const staffName = row.responsibleStaffId ? (findStaffById(tx, row.responsibleStaffId)?.fullName ?? null) : null;
    return scheduleView(row, staffName, today(), row.intervalUnit === 'uses' ? usesSince(tx, row, today()) : null);
  };

  return {
    'equipment.schedules.list': ({ itemId, limit = 100 }) => {
      if (!itemForMaintenance(db, itemId)) throw notFound('equipmentMaintenance.itemNotFound');
      const day = today();
      return {
        schedules: schedulesOfItem(db, itemId, limit).map(({ schedule, staffName }) =>
          scheduleView(schedule, staffName, day, schedule.intervalUnit === 'uses' ? usesSince(db, schedule, day) : null),
        ),
      };
    },

    'equipment.schedules.create': (fields, call) =>
      audited(db, now, call)((tx, audit) => {
        const item = itemForMaintenance(tx, fields.itemId);
        if (!item) throw notFound('equipmentMaintenance.itemNotFound');
        if (item.status === 'written-off') throw conflict('equipmentMaintenance.writtenOff');
        const startsOn = fields.startsOn ?? item.purchaseDate ?? today();
        if (item.purchaseDate && startsOn < item.purchaseDate) throw conflict('equipmentMaintenance.startsBeforePurchase', { date: item.purchaseDate });
        const at = now().toISOString();
        const rule = { intervalUnit: fields.intervalUnit, intervalValue: fields.intervalValue, startsOn };
        const row = insertSchedule(tx, {
          itemId: fields.itemId,
          title: fields.title,
          kind: fields.kind,
          ...rule,
          ...responsible(tx, fields),
          blocksUse: fields.blocksUse,
          active: true,
          note: orNull(fields.note),
          lastDoneOn: null,
          nextDueOn: nextDueDate(rule, null),
          createdAt: at,
          updatedAt: at,
        });
        audit({ entity: 'equipment_schedule', entityId: row.id, after: row });
        return view(tx, row);
      }),

    'equipment.schedules.update': (fields, call) =>
      audited(db, now, call)((tx, audit) => {
        const before = findSchedule(tx, fields.id);
        if (!before) throw notFound('equipmentMaintenance.scheduleNotFound');
        const item = itemForMaintenance(tx, before.itemId);
        if (item?.purchaseDate && fields.startsOn < item.purchaseDate) throw conflict('equipmentMaintenance.startsBeforePurchase', { date: item.purchaseDate });
        const rule = { intervalUnit: fields.intervalUnit, intervalValue: fields.intervalValue, startsOn: fields.startsOn };
        const lastDoneOn = lastDoneOf(tx, before.id);
        const after = updateSchedule(tx, before.id, {
          title: fields.title,
          kind: fields.kind,
          ...rule,
          ...responsible(tx, fields),
          blocksUse: fields.blocksUse,
          active: fields.active,
          note: orNull(fields.note),
          lastDoneOn,
          nextDueOn: nextDueDate(rule, lastDoneOn),
          updatedAt: now().toISOString(),
        });
        if (!after) throw notFound('equipmentMaintenance.scheduleNotFound');
        audit({ entity: 'equipment_schedule', entityId: after.id, before, after });
        return view(tx, after);
      }),
  };
}
