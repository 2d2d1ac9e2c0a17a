import type { AttendanceRow } from '#db/queries/attendance';
import { undoWindowMs } from '#shared/domain/attendance';

/** One row as it was before and after an action; `null` when the row did not exist. */
export interface RowChange {
  clientId: number;
  date: string;
  before: AttendanceRow | null;
  after: AttendanceRow | null;
}

interface LastAction {
  method: string;
  date: string;
  atMs: number;
  changes: RowChange[];
}

/**
 * The last attendance action of each staff member, kept in the core so any window of theirs can undo
 * it for `undoWindowMs`. Only the latest counts: undo is for "I pressed the wrong key", not history —
 * the audit trail holds that.
 */
export function createUndoStore() {
  const last = new Map<number, LastAction>();
  return {
    remember(staffId: number, action: LastAction): void {
      last.set(staffId, action);
    },
    /** The action still within its window, or why not. */
    take(staffId: number, nowMs: number): LastAction | 'none' | 'expired' {
      const action = last.get(staffId);
      if (!action) return 'none';
      last.delete(staffId);
      return nowMs - action.atMs > undoWindowMs ? 'expired' : action;
    },
    /** Puts an action back when its undo failed, so the caller may try again within the window. */
    restore(staffId: number, action: LastAction): void {
      if (!last.has(staffId)) last.set(staffId, action);
    },
  };
}
export type UndoStore = ReturnType<typeof createUndoStore>;
