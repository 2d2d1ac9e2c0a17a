import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { staff } from './staff';

/**
 * Who did what, written in the same transaction as the change it describes. Triggers (migrations
 * `audit_append_only`, `audit_no_replace`) refuse UPDATE, DELETE and an insert onto a taken id (REPLACE),
 * so the trail cannot be rewritten through SQL either.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    method: text('method').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    /** JSON `{before, after}` with secrets removed. */
    changes: text('changes'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_staff_idx').on(t.staffId),
  ],
);
