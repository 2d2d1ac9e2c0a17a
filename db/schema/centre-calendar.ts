import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { staff } from './staff';

/**
 * Days the centre sets itself, over the weekends and public holidays a library knows: Latvia's
 * government-transferred days off and the Saturdays worked instead (DOMAIN.md "Language").
 */
export const centreCalendarDays = sqliteTable('centre_calendar_days', {
  /** Local `YYYY-MM-DD`. */
  date: text('date').primaryKey(),
  kind: text('kind', { enum: ['day-off', 'working-day'] }).notNull(),
  note: text('note'),
  updatedAt: text('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => staff.id),
});
