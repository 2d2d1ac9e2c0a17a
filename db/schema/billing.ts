import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { activities } from './activities';
import { clients } from './clients';
import { serviceDecisions } from './service-decisions';
import { staff } from './staff';

/**
 * One price of a service unit (shared/domain/service-units.ts) for one payer category over a period.
 * Old prices stay, so an old month is billed at the prices of its days. Periods of one unit and category
 * neither overlap nor leave gaps (checked by the prices service). Price is net of VAT, in euro cents.
 */
export const prices = sqliteTable(
  'prices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    serviceUnit: text('service_unit').notNull(),
    payerCategory: text('payer_category', { enum: ['own-municipality', 'other-municipality', 'private'] }).notNull(),
    validFrom: text('valid_from').notNull(),
    /** Null: open-ended. */
    validTo: text('valid_to'),
    priceCents: integer('price_cents').notNull(),
    /** VAT rate in basis points: 2100 = 21 %, 0 for exempt services. */
    vatRateBp: integer('vat_rate_bp').notNull().default(0),
    /** EN 16931 VAT category (UNCL 5305): S, Z, E or O. Social care is mostly E (exempt). */
    vatCategory: text('vat_category', { enum: ['S', 'Z', 'E', 'O'] }).notNull().default('E'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('prices_unit_payer_from_idx').on(t.serviceUnit, t.payerCategory, t.validFrom),
    check('prices_not_negative', sql`${t.priceCents} >= 0`),
    check('prices_vat_rate', sql`${t.vatRateBp} >= 0 AND ${t.vatRateBp} <= 10000`),
  ],
);

/** The centre's own service units beyond the catalogue (`own:<code>` in prices). */
export const ownServiceUnits = sqliteTable('own_service_units', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameLv: text('name_lv').notNull(),
  nameLt: text('name_lt').notNull(),
  nameRu: text('name_ru').notNull(),
  measure: text('measure', { enum: ['day', 'session', 'item', 'meal'] }).notNull(),
  /** A deactivated unit keeps its prices for old months but is no longer offered for new prices. */
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
});

/**
 * Overrides of the built-in billing effect of an absence reason for a payer category
 * (defaults in shared/domain/billing-rules.ts).
 */
export const absenceBillingRules = sqliteTable(
  'absence_billing_rules',
  {
    absenceReason: text('absence_reason', { enum: ['sick', 'notified', 'unexcused', 'centre-closed', 'hospital', 'holiday'] }).notNull(),
    payerCategory: text('payer_category', { enum: ['own-municipality', 'other-municipality', 'private'] }).notNull(),
    effect: text('effect', { enum: ['billable', 'free', 'not-billable'] }).notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.absenceReason, t.payerCategory] })],
);

/**
 * LV trūcīgs / maznodrošināts status of a client over a period: the client's share is zero for the days it covers.
 * (A decision's own `exemption` / `exemption_until` counts too, from the decision's start.)
 */
export const billingExemptions = sqliteTable(
  'billing_exemptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    kind: text('kind', { enum: ['needy', 'low-income'] }).notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to').notNull(),
    /** Reference of the social service's certificate. */
    document: text('document'),
    createdAt: text('created_at').notNull(),
    voidedAt: text('voided_at'),
    voidedBy: integer('voided_by').references(() => staff.id),
  },
  (t) => [index('billing_exemptions_client_idx').on(t.clientId, t.validFrom)],
);

/** Billing details of a decision beyond what the decision form keeps. */
export const decisionBilling = sqliteTable('decision_billing', {
  decisionId: integer('decision_id')
    .primaryKey()
    .references(() => serviceDecisions.id),
  /** The client pays the whole price (the decision's municipality only records where the client lives). */
  privatePayer: integer('private_payer', { mode: 'boolean' }).notNull().default(false),
  /** The municipality's own reference for the client, shown instead of name and code in pseudonymised statements. */
  clientReference: text('client_reference'),
  updatedAt: text('updated_at').notNull(),
});

/** Activities whose present participants are billed as a service unit (a hydromassage session, a shower). */
export const activityBillingUnits = sqliteTable('activity_billing_units', {
  activityId: integer('activity_id')
    .primaryKey()
    .references(() => activities.id),
  serviceUnit: text('service_unit').notNull(),
  updatedAt: text('updated_at').notNull(),
});
