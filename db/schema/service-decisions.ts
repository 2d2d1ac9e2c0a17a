import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { staff } from './staff';

/** The municipality's decision granting a client a service for a period (DOMAIN.md). */
export const serviceDecisions = sqliteTable(
  'service_decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    service: text('service', {
      enum: ['day-care', 'dementia-day-centre', 'residential-care', 'home-care', 'respite-care'],
    }).notNull(),
    payingMunicipality: text('paying_municipality').notNull(),
    decisionNumber: text('decision_number').notNull(),
    decisionDate: text('decision_date').notNull(),
    validFrom: text('valid_from').notNull(),
    /** Null: open-ended. */
    validTo: text('valid_to'),
    /** Planned ISO weekdays as a JSON array, e.g. [1,3,5]; empty when the decision counts units. */
    plannedWeekdays: text('planned_weekdays', { mode: 'json' }).$type<number[]>().notNull(),
    unitsPerMonth: integer('units_per_month'),
    /** Client's co-payment: a share in percent, or a fixed amount in euro cents. */
    copayPercent: integer('copay_percent'),
    copayAmountCents: integer('copay_amount_cents'),
    /** LV trūcīgs / maznodrošināts status and until when it holds. */
    exemption: text('exemption', { enum: ['none', 'needy', 'low-income'] }).notNull().default('none'),
    exemptionUntil: text('exemption_until'),
    createdAt: text('created_at').notNull(),
    /** Set when the decision was entered by mistake: it stays in the history but counts nowhere. */
    voidedAt: text('voided_at'),
    voidedBy: integer('voided_by').references(() => staff.id),
    voidReason: text('void_reason'),
  },
  (t) => [
    index('service_decisions_client_idx').on(t.clientId, t.service),
    index('service_decisions_period_idx').on(t.validFrom, t.validTo),
  ],
);
