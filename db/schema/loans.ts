import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { staff } from './staff';
import { equipmentItem } from './equipment';

export const LOAN_DAMAGE = ['none', 'damaged', 'lost'] as const;
export const CLEANING_METHODS = ['disinfection', 'washing', 'steam', 'other'] as const;
export const WAITLIST_STATUSES = ['waiting', 'offered', 'served', 'cancelled'] as const;

/**
 * An assistive device lent to a client living at home (LV patapinājums, LT panauda). Open while
 * `returned_on` is null; the partial unique index keeps one open loan per item, whoever writes.
 */
export const equipmentLoan = sqliteTable(
  'equipment_loan',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => equipmentItem.id),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    handedOverOn: text('handed_over_on').notNull(),
    /** The current expected return; earlier ones stay in `equipment_loan_extension`. */
    expectedReturnOn: text('expected_return_on'),
    conditionOut: text('condition_out').notNull(),
    accessories: text('accessories'),
    depositCents: integer('deposit_cents'),
    feeCents: integer('fee_cents'),
    handedOverBy: integer('handed_over_by')
      .notNull()
      .references(() => staff.id),
    note: text('note'),
    returnedOn: text('returned_on'),
    conditionIn: text('condition_in'),
    damage: text('damage', { enum: LOAN_DAMAGE }),
    returnNote: text('return_note'),
    receivedBy: integer('received_by').references(() => staff.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('equipment_loan_open_item_idx').on(t.itemId).where(sql`returned_on IS NULL`),
    index('equipment_loan_client_idx').on(t.clientId),
    index('equipment_loan_due_idx').on(t.returnedOn, t.expectedReturnOn),
  ],
);

/** Each extension of a loan: the history of its expected return dates. */
export const equipmentLoanExtension = sqliteTable(
  'equipment_loan_extension',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    loanId: integer('loan_id')
      .notNull()
      .references(() => equipmentLoan.id),
    previousReturnOn: text('previous_return_on'),
    newReturnOn: text('new_return_on').notNull(),
    reason: text('reason'),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('equipment_loan_extension_loan_idx').on(t.loanId)],
);

/** A cleaning/disinfection step; the gate between a returned device and its next loan. */
export const equipmentCleaning = sqliteTable(
  'equipment_cleaning',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => equipmentItem.id),
    loanId: integer('loan_id').references(() => equipmentLoan.id),
    cleanedOn: text('cleaned_on').notNull(),
    method: text('method', { enum: CLEANING_METHODS }).notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    note: text('note'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('equipment_cleaning_item_idx').on(t.itemId, t.cleanedOn)],
);

/** A client waiting for a device of a category; the oldest waiting request is offered the next free item. */
export const equipmentWaitlist = sqliteTable(
  'equipment_waitlist',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    category: text('category').notNull(),
    requestedOn: text('requested_on').notNull(),
    note: text('note'),
    status: text('status', { enum: WAITLIST_STATUSES }).notNull().default('waiting'),
    offeredItemId: integer('offered_item_id').references(() => equipmentItem.id),
    offeredAt: text('offered_at'),
    loanId: integer('loan_id').references(() => equipmentLoan.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('equipment_waitlist_category_idx').on(t.category, t.status, t.requestedOn),
    index('equipment_waitlist_client_idx').on(t.clientId),
    uniqueIndex('equipment_waitlist_offered_item_idx').on(t.offeredItemId).where(sql`status = 'offered'`),
  ],
);
