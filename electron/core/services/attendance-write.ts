import { deleteAttendance, saveAttendance, type AttendanceRow, type AttendanceValues } from '#db/queries/attendance';
import { writeWithAudit } from '#db/write';
import type { HandlerCall } from '../call-context';
import type { ServiceDeps } from './service-deps';
import type { RowChange, UndoStore } from './attendance-undo';
import { assertMonthOpen } from '../months/month-guard';

/** What one action wants done to one row: its current state and the state to store (null: none). */
export interface RowPlan {
  clientId: number;
  date: string;
  before: AttendanceRow | undefined;
  next: AttendanceValues | null;
}

export interface DayWriter {
  /**
   * Plans inside the transaction (so the rules see what is stored), writes, audits, remembers the action
   * for undo and tells every window. A plan that throws writes nothing.
   */
  commit(call: HandlerCall, date: string, plan: () => RowPlan[], options?: { undoable?: boolean }): RowChange[];
}

export function createDayWriter({ db, now, events }: ServiceDeps, undo: UndoStore): DayWriter {
  return {
    commit(call, date, plan, { undoable = true } = {}) {
      const actor = call.actor();
      const changes = writeWithAudit(
        db,
        { staffId: actor.id, method: call.method },
        (_tx, audit) =>
          plan().map(({ clientId, date: day, before, next }): RowChange => {
            // A signed (closed) month is read-only: checked here, inside the transaction, for every row.
            assertMonthOpen(db, { clientId }, day);
            let after: AttendanceRow | null = null;
            if (next) after = saveAttendance(db, next);
            else deleteAttendance(db, clientId, day);
            audit({ entity: 'attendance', entityId: after?.id ?? before?.id, before, after });
            return { clientId, date: day, before: before ?? null, after };
          }),
        now,
      );
      if (undoable && changes.length > 0) undo.remember(actor.id, { method: call.method, date, atMs: now().getTime(), changes });
      if (changes.length > 0) events.emit('attendance.changed', { date });
      return changes;
    },
  };
}

/** The wire form of a stored row. */
export function recordView(row: AttendanceRow): Omit<AttendanceRow, 'id' | 'updatedAt'> {
  const { id: _id, updatedAt: _updatedAt, ...record } = row;
  return record;
}
