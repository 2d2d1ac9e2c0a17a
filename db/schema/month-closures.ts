import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { staff } from './staff';

/**
 * A month of a service closed after its attendance sheet was signed: its attendance is read-only
 * while `closed` holds. Reopening keeps the row (with who, when and why); the audit trail has the history.
 */
export const monthClosures = sqliteTable(
  'month_closures',
  {
    /** `YYYY-MM`. */
    month: text('month').notNull(),
    service: text('service', {
      enum: ['day-care', 'dementia-day-centre', 'residential-care', 'home-care', 'respite-care'],
    }).notNull(),
    closed: integer('closed', { mode: 'boolean' }).notNull(),
    closedAt: text('closed_at').notNull(),
    closedBy: integer('closed_by').references(() => staff.id),
    reopenedAt: text('reopened_at'),
    reopenedBy: integer('reopened_by').references(() => staff.id),
    reopenReason: text('reopen_reason'),
  },
  (t) => [primaryKey({ columns: [t.month, t.service] })],
);
