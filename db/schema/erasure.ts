import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { auditLog } from './audit';
import { staff } from './staff';

/**
 * A client erased after the retention period (GDPR art. 17). `client_id` is the former id, with no
 * foreign key since the client row is gone: it explains the audit rows that kept their shape
 * (`entity = 'client'`, `entity_id`). No name, code or birth date is kept here or anywhere else.
 */
export const clientErasures = sqliteTable('client_erasures', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  clientId: integer('client_id').notNull().unique(),
  erasedAt: text('erased_at').notNull(),
  staffId: integer('staff_id')
    .notNull()
    .references(() => staff.id),
  /** The latest service date the retention was counted from, and the years that applied. */
  lastService: text('last_service').notNull(),
  retentionYears: integer('retention_years').notNull(),
});

/**
 * What the yearly statistics still need of an erased client: attended days per month, sex and age
 * group (at the last service), the services held. Nothing that identifies a person.
 */
export const erasedClientStats = sqliteTable('erased_client_stats', {
  erasureId: integer('erasure_id')
    .primaryKey()
    .references(() => clientErasures.id),
  sex: text('sex', { enum: ['male', 'female'] }),
  ageGroup: text('age_group').notNull(),
  /** Service kinds the client had decisions for, e.g. ["day-care"]. */
  services: text('services', { mode: 'json' }).$type<string[]>().notNull(),
  /** `{"2026-11": {"present": 18, "absent": 2}}`. */
  daysByMonth: text('days_by_month', { mode: 'json' }).$type<Record<string, { present: number; absent: number }>>().notNull(),
});

/**
 * The audit rows whose `changes` an erasure replaced by the erased marker. The trigger of migration
 * `client_erasure` allows that one UPDATE of audit_log only for a row listed here, so every
 * redaction is itself on record, tied to its erasure.
 */
export const auditRedactions = sqliteTable('audit_redactions', {
  auditId: integer('audit_id')
    .primaryKey()
    .references(() => auditLog.id),
  erasureId: integer('erasure_id')
    .notNull()
    .references(() => clientErasures.id),
});
