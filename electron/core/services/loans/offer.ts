import type { Db } from '#db/client';
import type { RecordAudit } from '#db/write';
import { freeItemRows } from '#db/queries/loans';
import { oldestWaiting, updateWaitlist, type WaitlistRow } from '#db/queries/waitlist';

/**
 * Offers an item that just became free to the oldest request waiting for its category (first come,
 * first served); returns the request offered, if any.
 */
export function offerToOldest(tx: Db, audit: RecordAudit, item: { id: number; category: string }, at: string): WaitlistRow | null {
  const next = oldestWaiting(tx, item.category);
  if (!next) return null;
  const offered = updateWaitlist(tx, next.id, { status: 'offered', offeredItemId: item.id, offeredAt: at, updatedAt: at });
  audit({ entity: 'equipment_waitlist', entityId: next.id, before: next, after: offered });
  return offered;
}

/** After a request leaves the list: free items of the category (incl. one it was offered) go to the next waiting. */
export function offerFreeItems(tx: Db, audit: RecordAudit, category: string, at: string): void {
  for (const item of freeItemRows(tx, category)) {
    if (!offerToOldest(tx, audit, item, at)) return;
  }
}
