import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { defaultServedMeals, type MealKind } from '../../shared/domain/meals';

/** The one centre this installation serves: a single row with id 1, written by first-run setup. */
export const centre = sqliteTable(
  'centre',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    country: text('country', { enum: ['LV', 'LT'] }).notNull(),
    municipality: text('municipality').notNull(),
    language: text('language', { enum: ['lv', 'lt', 'ru', 'en'] }).notNull(),
    createdAt: text('created_at').notNull(),
    /** Minutes without keyboard or mouse before the shared PC locks to the switch-user screen. */
    idleLockMinutes: integer('idle_lock_minutes').notNull().default(5),
    /** Meals the centre serves, a JSON array of catalogue kinds in catalogue order (shared/domain/meals.ts). */
    mealKinds: text('meal_kinds', { mode: 'json' }).$type<MealKind[]>().notNull().default([...defaultServedMeals]),
    /** Years a client's records are kept after their last service before they may be erased (GDPR). */
    retentionYears: integer('retention_years').notNull().default(5),
  },
  (t) => [check('centre_single_row', sql`${t.id} = 1`)],
);
