import { auditChanges, type AuditEntry, type RecordAudit } from '#db/write';
import type { Db } from '#db/client';
import { prepared } from '#db/prepared';
import { conflict } from '../../app-error';
import type { HandlerCall } from '../../call-context';

/**
 * `writeWithAudit` with `BEGIN IMMEDIATE`: the write lock is taken before the first read, so the checks
 * (is the slot free, is the item lent) and the insert see the same database even when another window or
 * process writes at the same moment; the other waits (busy_timeout) and then sees this one's row.
 * The triggers and unique indexes of the `loans_bookings` migration hold the same rules in SQL, and
 * their refusals become translated conflicts here.
 */
export function immediateWrite<T>(db: Db, now: () => Date, call: Pick<HandlerCall, 'actor' | 'method'>, change: (tx: Db, audit: RecordAudit) => T): T {
  const sqlite = db.$client;
  const nested = sqlite.inTransaction;
  prepared(db, nested ? 'SAVEPOINT immediate_write' : 'BEGIN IMMEDIATE').run();
  try {
    const entries: AuditEntry[] = [];
    const result = change(db, (entry) => entries.push(entry));
    if (entries.length === 0) throw new Error(`write ${call.method} recorded no audit entry`);
    const at = now().toISOString();
    const insertAudit = prepared(db, 'INSERT INTO audit_log (at, staff_id, method, entity, entity_id, changes) VALUES (?, ?, ?, ?, ?, ?)');
    const staffId = call.actor().id;
    for (const entry of entries) insertAudit.run(at, staffId, call.method, entry.entity, entry.entityId == null ? null : String(entry.entityId), auditChanges(entry));
    prepared(db, nested ? 'RELEASE immediate_write' : 'COMMIT').run();
    return result;
  } catch (error) {
    if (sqlite.inTransaction) {
      if (nested) {
        prepared(db, 'ROLLBACK TO immediate_write').run();
        prepared(db, 'RELEASE immediate_write').run();
      } else prepared(db, 'ROLLBACK').run();
    }
    throw translateConstraint(error);
  }
}

/** SQL-level refusals (another writer got there first) as the same conflicts the services raise. */
function translateConstraint(error: unknown): unknown {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return error;
  if (error.code.startsWith('SQLITE_CONSTRAINT')) {
    if (error.message.includes('booking_overlap')) return conflict('bookings.overlap');
    if (error.message.includes('equipment_loan.item_id')) return conflict('loans.itemLent');
    if (error.message.includes('equipment_waitlist.offered_item_id')) return conflict('waitlist.alreadyOffered');
  }
  if (error.code === 'SQLITE_BUSY') return conflict('bookings.busy');
  return error;
}
