import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { maintenanceResults, scheduleIntervalUnits, scheduleKinds } from '../../shared/domain/equipment-due';
import { equipmentItem } from './equipment';
import { staff } from './staff';
import { clients } from './clients';
import { sessions } from './sessions';

/**
 * A recurring maintenance or inspection of one item ("lift platform: technical inspection every 12 months
 * by the supplier"). `last_done_on` and `next_due_on` are kept by the service in the same transaction as
 * each maintenance record (computed by shared/domain/equipment-due.ts from the last completed one), so
 * the due list is one indexed range read instead of a max() per schedule over years of history.
 */
export const equipmentSchedule = sqliteTable(
  'equipment_schedule',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => equipmentItem.id),
    title: text('title').notNull(),
    kind: text('kind', { enum: scheduleKinds }).notNull(),
    intervalUnit: text('interval_unit', { enum: scheduleIntervalUnits }).notNull(),
    intervalValue: integer('interval_value').notNull(),
    /** The first due date counts from here: the item's purchase date, or the day the schedule was added. */
    startsOn: text('starts_on').notNull(),
    responsibleKind: text('responsible_kind', { enum: ['staff', 'supplier'] }).notNull(),
    responsibleStaffId: integer('responsible_staff_id').references(() => staff.id),
    supplierName: text('supplier_name'),
    supplierContact: text('supplier_contact'),
    /** When overdue, the item shows a warning everywhere and (by the centre's setting) may not be used. */
    blocksUse: integer('blocks_use', { mode: 'boolean' }).notNull().default(false),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    note: text('note'),
    lastDoneOn: text('last_done_on'),
    /** Null for a schedule counted in uses. */
    nextDueOn: text('next_due_on'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    check('equipment_schedule_interval_positive', sql`${t.intervalValue} > 0`),
    index('equipment_schedule_item_idx').on(t.itemId),
    // The due list: active dated schedules by due date.
    index('equipment_schedule_due_idx').on(t.nextDueOn).where(sql`${t.active} = 1 AND ${t.nextDueOn} IS NOT NULL`),
    // The few schedules counted in uses, so the due list need not scan every schedule to find them.
    index('equipment_schedule_uses_idx').on(t.itemId).where(sql`${t.active} = 1 AND ${t.intervalUnit} = 'uses'`),
  ],
);

/** One maintenance or inspection done: date, who, what, cost, the supplier's document, the result. */
export const equipmentMaintenance = sqliteTable(
  'equipment_maintenance',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => equipmentItem.id),
    scheduleId: integer('schedule_id').references(() => equipmentSchedule.id),
    doneOn: text('done_on').notNull(),
    /** Who did it: a staff member's or the supplier technician's name, as written on the document. */
    performedBy: text('performed_by').notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    work: text('work').notNull(),
    costCents: integer('cost_cents'),
    documentRef: text('document_ref'),
    result: text('result', { enum: maintenanceResults }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('equipment_maintenance_item_idx').on(t.itemId, t.doneOn),
    index('equipment_maintenance_schedule_idx').on(t.scheduleId, t.doneOn),
  ],
);

/**
 * One use of an item: a hydromassage session, a shower-room use, a laundry load (no client). Bookings
 * done (the next issue) land here with their `booking_id`; the bookings table is theirs, so no key.
 * When it was written is in the audit trail (callers outside this service need not pass a clock).
 */
export const equipmentUsage = sqliteTable(
  'equipment_usage',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => equipmentItem.id),
    clientId: integer('client_id').references(() => clients.id),
    usedOn: text('used_on').notNull(),
    startedAt: text('started_at'),
    minutes: integer('minutes'),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    sessionId: integer('session_id').references(() => sessions.id),
    bookingId: integer('booking_id'),
    note: text('note'),
  },
  (t) => [
    index('equipment_usage_item_idx').on(t.itemId, t.usedOn),
    index('equipment_usage_client_idx').on(t.clientId, t.usedOn),
    index('equipment_usage_session_idx').on(t.sessionId),
  ],
);

/** The centre's equipment settings: one row, id 1 (absent = the defaults). */
export const equipmentSettings = sqliteTable(
  'equipment_settings',
  {
    id: integer('id').primaryKey(),
    /** Refuse to log a use of an item whose blocking inspection is overdue. */
    blockUseWhenOverdue: integer('block_use_when_overdue', { mode: 'boolean' }).notNull().default(false),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('equipment_settings_single_row', sql`${t.id} = 1`)],
);
