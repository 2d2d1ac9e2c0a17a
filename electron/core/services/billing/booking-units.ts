/**
 * THE place where done bookings (a hydromassage session, a shower booked on a resource) join the bill:
 * each done booking counts one unit of its resource's `service_unit` on its date; cancelled and no-show
 * bookings are not billed. The query is the bookings feature's own (`doneBookingsInMonth`); inside a
 * transaction (which has no prepared-statement cache) the same rows are read through the transaction.
 */
import { sql } from 'drizzle-orm';
import type { Db, Executor } from '#db/client';
import { doneBookingsInMonth } from '#db/queries/bookings-billable';
import { monthBounds } from '#shared/domain/month';

export interface BookedUnit {
  clientId: number;
  date: string;
  serviceUnit: string;
}

const isDb = (db: Executor): db is Db => '$client' in db;

export function doneBookingUnits(db: Executor, month: string): BookedUnit[] {
  if (isDb(db)) return doneBookingsInMonth(db, month);
  const { first, last } = monthBounds(month);
  return db.all<BookedUnit>(sql`
    SELECT b.client_id AS clientId, b.date AS date, r.service_unit AS serviceUnit
    FROM booking b JOIN booking_resource r ON r.id = b.resource_id
    WHERE b.status = 'done' AND b.date BETWEEN ${first} AND ${last}`);
}
