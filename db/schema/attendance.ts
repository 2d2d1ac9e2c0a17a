import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';

/**
 * One row per client per day: present (arrival and departure times) or absent with a reason.
 * Dates are local `YYYY-MM-DD`, times local `HH:MM`, as reception writes them on paper.
 */
export const attendance = sqliteTable(
  'attendance',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    date: text('date').notNull(),
    status: text('status', { enum: ['present', 'absent'] }).notNull(),
    arrivedAt: text('arrived_at'),
    leftAt: text('left_at'),
    absenceReason: text('absence_reason', {
      enum: ['sick', 'notified', 'unexcused', 'centre-closed', 'hospital', 'holiday'],
    }),
    note: text('note'),
    /** Meal kinds taken that day, e.g. ["lunch"] (shared/domain/attendance.ts). */
    meals: text('meals', { mode: 'json' }).$type<string[]>().notNull().default([]),
    transportTo: integer('transport_to', { mode: 'boolean' }).notNull().default(false),
    transportFrom: integer('transport_from', { mode: 'boolean' }).notNull().default(false),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('attendance_client_date_idx').on(t.clientId, t.date), index('attendance_date_idx').on(t.date)],
);
