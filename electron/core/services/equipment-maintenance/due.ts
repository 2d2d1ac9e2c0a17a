import { dueSchedules, itemsWithOverdueSafety, type DueRow } from '#db/queries/equipment-due';
import { blockUseWhenOverdue } from '#db/queries/equipment-due';
import { findSettings, saveSettings } from '#db/queries/equipment-maintenance';
import type { DueItem } from '#shared/contract/equipment-maintenance';
import { defaultDueHorizonDays } from '#shared/contract/equipment-maintenance';
import { dueSoonDays, dueStateOfDate, dueStateOfUses, type DueState, type ScheduleKind } from '#shared/domain/equipment-due';
import { addDays, localDate } from '#shared/domain/local-date';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';

type DueHandlers = Pick<Handlers, 'equipment.due' | 'equipment.safetyWarnings' | 'equipment.settings.get' | 'equipment.settings.update'>;

/** Rows per section the due list answers unless asked otherwise; the totals count them all. */
const defaultDueLimit = 100;

const stateOf = (row: DueRow, asOf: string): DueState =>
  row.intervalUnit === 'uses' ? dueStateOfUses(row.intervalValue, row.usesSinceLast ?? 0) : dueStateOfDate(row.nextDueOn ?? asOf, asOf);

function dueItem(row: DueRow, state: DueState): DueItem {
  return { ...row, kind: row.kind as ScheduleKind, blocksUse: row.blocksUse === 1, state };
}

export function dueHandlers({ db, now }: ServiceDeps): DueHandlers {
  return {
    /** One range read for dated schedules up to the horizon, one for the few counted in uses. */
    'equipment.due': ({ asOf = localDate(now()), horizonDays = defaultDueHorizonDays, limit = defaultDueLimit }) => {
      const found = dueSchedules(db, { asOf, soon: addDays(asOf, dueSoonDays), until: addDays(asOf, horizonDays), limit });
      const sections = {
        overdue: found.overdue.map((row) => dueItem(row, 'overdue')),
        dueSoon: found.dueSoon.map((row) => dueItem(row, 'due-soon')),
        upcoming: found.upcoming.map((row) => dueItem(row, 'upcoming')),
      };
      const totals = { ...found.counts };
      // Counted in uses: few, each placed by its uses since the last maintenance.
      for (const row of found.counted) {
        const state = stateOf(row, asOf);
        const section = state === 'overdue' ? 'overdue' : state === 'due-soon' ? 'dueSoon' : 'upcoming';
        totals[section] += 1;
        if (sections[section].length < limit) sections[section].push(dueItem(row, state));
      }
      return { asOf, ...sections, totals };
    },

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
