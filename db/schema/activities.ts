import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The centre's catalogue of group activities (art therapy, hydrotherapy, …). Names are data in each
 * client language, because centres add their own activities; the defaults carry a stable `code`.
 */
export const activities = sqliteTable('activities', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').unique(),
  nameLv: text('name_lv').notNull(),
  nameLt: text('name_lt').notNull(),
  nameRu: text('name_ru').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});
