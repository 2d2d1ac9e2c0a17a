import { dueSchedules, itemsWithOverdueSafety, type DueRow } from '#db/queries/equipment-due';
import { blockUseWhenOverdue } from '#db/queries/equipment-due';
import { findSettings, saveSettings } from '#db/queries/equipment-maintenance';
import type { DueItem } from '#shared/contract/equipment-maintenance';
import { defaultDueHorizonDays } from '#shared/contract/equipment-maintenance';
import { dueStateOfDate, dueStateOfUses, type ScheduleKind } from '#shared/domain/equipment-due';
import { addDays, localDate } from '#shared/domain/local-date';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';

type DueHandlers = Pick<Handlers, 'equipment.due' | 'equipment.due.recordPrint' | 'equipment.safetyWarnings' | 'equipment.settings.get' | 'equipment.settings.update'>;

function dueItem(row: DueRow, asOf: string): DueItem {
  const state = row.intervalUnit === 'uses' ? dueStateOfUses(row.intervalValue, row.usesSinceLast ?? 0) : dueStateOfDate(row.nextDueOn ?? asOf, asOf);
  return { ...row, kind: row.kind as ScheduleKind, blocksUse: row.blocksUse === 1, state };
}

export function dueHandlers({ db, now }: ServiceDeps): DueHandlers {
  return {
    /** One range read for dated schedules up to the horizon, one for the few counted in uses. */
    'equipment.due': ({ asOf = localDate(now()), horizonDays = defaultDueHorizonDays }) => {
      const overdue: DueItem[] = [];
      const dueSoon: DueItem[] = [];
      const upcoming: DueItem[] = [];
      for (const row of dueSchedules(db, asOf, addDays(asOf, horizonDays))) {
        const item = dueItem(row, asOf);
        (item.state === 'overdue' ? overdue : item.state === 'due-soon' ? dueSoon : upcoming).push(item);
      }
      return { asOf, overdue, dueSoon, upcoming };
    },

    'equipment.due.recordPrint': ({ asOf, language }, call) =>
      audited(db, now, call)((_tx, audit) => {
        audit({ entity: 'print', entityId: `equipment-due:${asOf}`, after: { document: 'equipment-due', asOf, language, action: 'browser-print-dialog' } });
        return {};
      }),

    'equipment.safetyWarnings': () => {
      const asOf = localDate(now());
      return { asOf, itemIds: itemsWithOverdueSafety(db, asOf), blocking: blockUseWhenOverdue(db) };
    },

    'equipment.settings.get': () => ({ blockUseWhenOverdue: findSettings(db)?.blockUseWhenOverdue ?? false }),

    'equipment.settings.update': ({ blockUseWhenOverdue }, call) =>
      audited(db, now, call)((tx, audit) => {
        const before = findSettings(tx);
        const after = saveSettings(tx, blockUseWhenOverdue, now().toISOString());
        audit({ entity: 'equipment_settings', entityId: 1, before: before ?? null, after });
        return { blockUseWhenOverdue: after.blockUseWhenOverdue };
      }),
  };
}
