import type { ScheduleRow } from '#db/queries/equipment-maintenance';
import type { Schedule } from '#shared/contract/equipment-maintenance';
import { dueStateOfDate, dueStateOfUses } from '#shared/domain/equipment-due';

/** A schedule as the wire carries it, with its due state on `today` (uses counted by the caller). */
export function scheduleView(row: ScheduleRow, staffName: string | null, today: string, usesSinceLast: number | null): Schedule {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  let dueState: Schedule['dueState'] = null;
  if (row.active && row.nextDueOn) dueState = dueStateOfDate(row.nextDueOn, today);
  if (row.active && row.intervalUnit === 'uses' && usesSinceLast !== null) dueState = dueStateOfUses(row.intervalValue, usesSinceLast);
  return {
    ...rest,
    responsibleName: row.responsibleKind === 'staff' ? staffName : row.supplierName,
    usesSinceLast: row.intervalUnit === 'uses' ? usesSinceLast : null,
    dueState,
  };
}
