/**
 * THE place where done bookings (a hydromassage session, a shower booked on a resource) join the bill.
 * The bookings feature is built alongside; until `db/queries/bookings-billable.ts` exports
 * `doneBookingsInMonth(db, month)`, no booking is billed. Each booking counts one unit of its resource's
 * `service_unit` on its date.
 */
import type { Executor } from '#db/client';

export interface BookedUnit {
  clientId: number;
  date: string;
  serviceUnit: string;
}

export function doneBookingUnits(_db: Executor, _month: string): BookedUnit[] {
  return [];
}
