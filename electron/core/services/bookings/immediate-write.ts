import { writeWithAudit, type RecordAudit } from '#db/write';
import type { Db } from '#db/client';
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
  try {
    // The connection itself runs the transaction (see writeWithAudit): the change gets it as the Db it is.
    return writeWithAudit(db, { staffId: call.actor().id, method: call.method }, (_tx, audit) => change(db, audit), now, { immediate: true });
  } catch (error) {
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
