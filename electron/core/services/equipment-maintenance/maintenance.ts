import { findSchedule, insertMaintenance, itemForMaintenance, lastDoneOf, maintenanceOfItem, setItemStatus, updateSchedule } from '#db/queries/equipment-maintenance';
import { nextDueDate } from '#shared/domain/equipment-due';
import { localDate } from '#shared/domain/local-date';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';

type MaintenanceHandlers = Pick<Handlers, 'equipment.maintenance.record' | 'equipment.maintenance.list'>;

export function maintenanceHandlers({ db, now }: ServiceDeps): MaintenanceHandlers {
  return {
    /**
     * One maintenance done. For a schedule, its next due date moves on from the latest completed one
     * (a record entered late for an earlier date never moves it back). "Out of service" takes the item
     * out of service in the same transaction.
     */
    'equipment.maintenance.record': (fields, call) => {
      const result = audited(db, now, call)((tx, audit) => {
        const item = itemForMaintenance(tx, fields.itemId);
        if (!item) throw notFound('equipmentMaintenance.itemNotFound');
        if (item.status === 'written-off') throw conflict('equipmentMaintenance.writtenOff');
        if (item.purchaseDate && fields.doneOn < item.purchaseDate) throw conflict('equipmentMaintenance.beforePurchase', { date: item.purchaseDate });
        if (fields.doneOn > localDate(now())) throw conflict('equipmentMaintenance.inFuture');
        const schedule = fields.scheduleId != null ? findSchedule(tx, fields.scheduleId) : undefined;
        if (fields.scheduleId != null && (!schedule || schedule.itemId !== fields.itemId)) throw notFound('equipmentMaintenance.scheduleNotFound');
        const at = now().toISOString();
        const record = insertMaintenance(tx, {
          itemId: fields.itemId,
          scheduleId: schedule?.id ?? null,
          doneOn: fields.doneOn,
          performedBy: fields.performedBy,
          staffId: call.actor().id,
          work: fields.work,
          costCents: fields.costCents ?? null,
          documentRef: fields.documentRef ? fields.documentRef : null,
          result: fields.result,
          createdAt: at,
        });
        audit({ entity: 'equipment_maintenance', entityId: record.id, after: record });
        if (schedule) {
          const lastDoneOn = lastDoneOf(tx, schedule.id);
          const nextDueOn = nextDueDate(schedule, lastDoneOn);
          updateSchedule(tx, schedule.id, { lastDoneOn, nextDueOn, updatedAt: at });
          audit({ entity: 'equipment_schedule', entityId: schedule.id, before: { lastDoneOn: schedule.lastDoneOn, nextDueOn: schedule.nextDueOn }, after: { lastDoneOn, nextDueOn } });
        }
        let itemStatus: string = item.status;
        if (fields.result === 'out-of-service' && item.status !== 'out-of-service') {
          setItemStatus(tx, item.id, 'out-of-service', at);
          audit({ entity: 'equipment_item', entityId: item.id, before: { status: item.status }, after: { status: 'out-of-service' } });
          itemStatus = 'out-of-service';
        }
        return { record: { ...record, scheduleTitle: schedule?.title ?? null }, itemStatus };
      });
      const { staffId: _s, createdAt: _c, ...record } = result.record;
      return { record, itemStatus: result.itemStatus };
    },

    'equipment.maintenance.list': ({ itemId, limit = 200 }) => {
      if (!itemForMaintenance(db, itemId)) throw notFound('equipmentMaintenance.itemNotFound');
      return {
        records: maintenanceOfItem(db, itemId, limit).map(({ record: { staffId: _s, createdAt: _c, ...record }, scheduleTitle }) => ({ ...record, scheduleTitle })),
      };
    },
  };
}
