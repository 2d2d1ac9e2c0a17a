import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { staff } from './staff';
import { equipmentItem } from './equipment';

export const BOOKING_STATUSES = ['booked', 'done', 'cancelled', 'no-show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/**
 * Something clients are booked on: an item of the register (the hydromassage bed) or a room (the shower
 * room). `service_unit` names the billable unit a done booking counts as (municipal statement, issue 17).
 */
export const bookingResource = sqliteTable(
  'booking_resource',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    itemId: integer('item_id')
      .unique()
      .references(() => equipmentItem.id),
    room: text('room'),
    serviceUnit: text('service_unit').notNull(),
    slotMinutes: integer('slot_minutes').notNull().default(30),
    opensAt: text('opens_at').notNull().default('08:00'),
    closesAt: text('closes_at').notNull().default('17:00'),
    /** ISO weekdays (1 = Monday) the resource is open. */
    weekdays: text('weekdays', { mode: 'json' }).$type<number[]>().notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
);

/**
 * One booking of a resource for a client. Overlaps among live bookings (booked, done) are refused by
 * the triggers of migration `loans_bookings`, so two windows booking the same slot cannot both land.
 */
export const booking = sqliteTable(
  'booking',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    resourceId: integer('resource_id')
      .notNull()
      .references(() => bookingResource.id),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    date: text('date').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    status: text('status', { enum: BOOKING_STATUSES }).notNull().default('booked'),
    note: text('note'),
    /** The usage-log row a done booking wrote (equipment usage, issue 15). */
    usageId: integer('usage_id'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id),
    statusBy: integer('status_by').references(() => staff.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('booking_resource_date_idx').on(t.resourceId, t.date, t.startTime),
    index('booking_client_idx').on(t.clientId, t.date),
    index('booking_date_idx').on(t.date, t.status),
  ],
);
