import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { prepared } from '../prepared';
import { booking, bookingResource } from '../schema/bookings';

export type ResourceRow = typeof bookingResource.$inferSelect;
export type BookingRow = typeof booking.$inferSelect;
export interface BookingViewRow extends BookingRow {
  resourceName: string;
  serviceUnit: string;
  clientFirstName: string;
  clientLastName: string;
}

export function listResources(db: Db, includeInactive: boolean, limit: number): (ResourceRow & { inventoryNumber: string | null; itemStatus: string | null })[] {
  return db.$client
    .prepare(
      `SELECT r.id, r.name, r.item_id AS itemId, r.room, r.service_unit AS serviceUnit, r.slot_minutes AS slotMinutes, r.opens_at AS opensAt,
         r.closes_at AS closesAt, r.weekdays, r.active, r.created_at AS createdAt, r.updated_at AS updatedAt,
         i.inventory_number AS inventoryNumber, i.status AS itemStatus
       FROM booking_resource r LEFT JOIN equipment_item i ON i.id = r.item_id
       WHERE ? OR r.active = 1 ORDER BY r.name, r.id LIMIT ?`,
    )
    .all(includeInactive ? 1 : 0, limit)
    .map((row) => {
      const r = row as Record<string, unknown>;
      return { ...r, weekdays: JSON.parse(r.weekdays as string) as number[], active: r.active === 1 } as ResourceRow & { inventoryNumber: string | null; itemStatus: string | null };
    });
}

const resourceColumns = `r.id, r.name, r.item_id AS itemId, r.room, r.service_unit AS serviceUnit, r.slot_minutes AS slotMinutes, r.opens_at AS opensAt,
  r.closes_at AS closesAt, r.weekdays, r.active, r.created_at AS createdAt, r.updated_at AS updatedAt`;

/** One resource by id: a prepared statement, as `bookings.week` and `bookings.book` read it on every call. */
export function findResource(db: Db, id: number): ResourceRow | undefined {
  const row = prepared(db, `SELECT ${resourceColumns} FROM booking_resource r WHERE r.id = ?`).get(id) as (Omit<ResourceRow, 'weekdays' | 'active'> & { weekdays: string; active: number }) | undefined;
  return row && { ...row, weekdays: JSON.parse(row.weekdays) as number[], active: row.active === 1 };
}

/** The state and number of a resource's item (hot path: every week view and booking checks it). */
export function resourceItem(db: Db, itemId: number): { status: string; inventoryNumber: string } | undefined {
  return prepared(db, 'SELECT status, inventory_number AS inventoryNumber FROM equipment_item WHERE id = ?').get(itemId) as { status: string; inventoryNumber: string } | undefined;
}

export function insertResource(db: Db, row: typeof bookingResource.$inferInsert): ResourceRow {
  return db.insert(bookingResource).values(row).returning().get();
}

export function updateResource(db: Db, id: number, change: Partial<typeof bookingResource.$inferInsert>): ResourceRow {
  return db.update(bookingResource).set(change).where(eq(bookingResource.id, id)).returning().get();
}

const viewColumns = `b.id, b.resource_id AS resourceId, b.client_id AS clientId, b.date, b.start_time AS startTime, b.end_time AS endTime,
  b.status, b.note, b.usage_id AS usageId, b.created_by AS createdBy, b.status_by AS statusBy, b.created_at AS createdAt, b.updated_at AS updatedAt,
  r.name AS resourceName, r.service_unit AS serviceUnit, c.first_name AS clientFirstName, c.last_name AS clientLastName`;
const viewFrom = 'FROM booking b JOIN booking_resource r ON r.id = b.resource_id JOIN clients c ON c.id = b.client_id';

/** A resource's bookings over a few days (a week), over the (resource_id, date, start_time) index. */
export function bookingsOfResource(db: Db, resourceId: number, from: string, to: string): BookingViewRow[] {
  return prepared(db, `SELECT ${viewColumns} ${viewFrom} WHERE b.resource_id = ? AND b.date BETWEEN ? AND ? AND b.status <> 'cancelled' ORDER BY b.date, b.start_time`).all(
    resourceId,
    from,
    to,
  ) as BookingViewRow[];
}

export function bookingsOfDay(db: Db, date: string): BookingViewRow[] {
  return prepared(db, `SELECT ${viewColumns} ${viewFrom} WHERE b.date = ? AND b.status IN ('booked', 'done') ORDER BY b.start_time, r.name`).all(date) as BookingViewRow[];
}

export function bookingsOfClient(db: Db, clientId: number, limit = 200): BookingViewRow[] {
  return prepared(db, `SELECT ${viewColumns} ${viewFrom} WHERE b.client_id = ? ORDER BY b.date DESC, b.start_time DESC LIMIT ?`).all(clientId, limit) as BookingViewRow[];
}

export function bookingView(db: Db, id: number): BookingViewRow | undefined {
  return prepared(db, `SELECT ${viewColumns} ${viewFrom} WHERE b.id = ?`).get(id) as BookingViewRow | undefined;
}

export function findBooking(db: Db, id: number): BookingRow | undefined {
  return db.select().from(booking).where(eq(booking.id, id)).get();
}

export interface NewBooking {
  resourceId: number;
  clientId: number;
  date: string;
  startTime: string;
  endTime: string;
  note: string | null;
  createdBy: number;
  createdAt: string;
}

export function insertBooking(db: Db, row: NewBooking): BookingRow {
  const id = prepared(
    db,
    `INSERT INTO booking (resource_id, client_id, date, start_time, end_time, status, note, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?)`,
  ).run(row.resourceId, row.clientId, row.date, row.startTime, row.endTime, row.note, row.createdBy, row.createdAt, row.createdAt).lastInsertRowid;
  return { ...row, id: Number(id), status: 'booked', usageId: null, statusBy: null, updatedAt: row.createdAt };
}

export function updateBookingStatus(db: Db, id: number, change: { status: BookingRow['status']; statusBy: number; usageId: number | null; note?: string | null; updatedAt: string }): BookingRow {
  return db.update(booking).set(change).where(eq(booking.id, id)).returning().get();
}

export interface StatusCount {
  resourceId: number;
  status: BookingRow['status'];
  count: number;
  minutes: number;
}

/** Bookings per resource and status in a month, with their minutes (times are `HH:MM`). */
export function monthCounts(db: Db, month: string): StatusCount[] {
  return prepared(
    db,
    `SELECT resource_id AS resourceId, status, count(*) AS count,
       sum((cast(substr(end_time, 1, 2) AS integer) * 60 + cast(substr(end_time, 4, 2) AS integer))
         - (cast(substr(start_time, 1, 2) AS integer) * 60 + cast(substr(start_time, 4, 2) AS integer))) AS minutes
     FROM booking WHERE date BETWEEN ? AND ? GROUP BY resource_id, status`,
  ).all(`${month}-01`, `${month}-31`) as StatusCount[];
}
