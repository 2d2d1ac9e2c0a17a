import type { Db } from '../client';
import { prepared } from '../prepared';

export interface BillableBooking {
  bookingId: number;
  clientId: number;
  date: string;
  serviceUnit: string;
  resourceId: number;
}

/**
 * Done bookings of a month (`YYYY-MM`) as billable units of their resource's service unit
 * ('hydromassage', 'shower', …), for the municipal statement (issue 17). Cancelled and no-show
 * bookings are not billed.
 */
export function doneBookingsInMonth(db: Db, month: string): BillableBooking[] {
  return prepared(
    db,
    `SELECT b.id AS bookingId, b.client_id AS clientId, b.date, r.service_unit AS serviceUnit, b.resource_id AS resourceId
     FROM booking b JOIN booking_resource r ON r.id = b.resource_id
     WHERE b.status = 'done' AND b.date BETWEEN ? AND ? ORDER BY b.date, b.start_time, b.id`,
  ).all(`${month}-01`, `${month}-31`) as BillableBooking[];
}
