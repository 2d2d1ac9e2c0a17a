import { z } from 'zod';
import { everyRole, managers, method } from './define';
import { input, ok, uiLanguageSchema } from './common';
import { dateSchema, monthSchema, serviceKindSchema } from './period';
import { idSchema } from './fields';
import { billingSettingsContract } from './billing-settings';
import { catalogueServiceUnits, exemptionKinds, isServiceUnit, payerCategories, unitMeasures, vatCategories } from '../domain/service-units';

/** A catalogue unit or `own:<code>`. */
export const serviceUnitSchema = z.string().max(44).refine(isServiceUnit, { error: 'serviceUnitUnknown' });
export const payerCategorySchema = z.enum(payerCategories);
const cents = z.number().int();

/** A payer: a municipality code (`service_decisions.paying_municipality`) or `private`. */
export const statementPayerSchema = z.string().trim().min(1).max(120);
/** The largest statement file handed over in one answer (base64). */
const maxStatementBytes = 40 * 1024 * 1024;
export const statementFileSchema = z.object({
  fileName: z.string().max(200),
  mediaType: z.string().max(100),
  base64: z.string().max(Math.ceil(maxStatementBytes / 3) * 4),
});

export const priceSchema = z.object({
  id: z.number().int(),
  serviceUnit: z.string(),
  payerCategory: payerCategorySchema,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  priceCents: cents,
  vatRateBp: z.number().int(),
  vatCategory: z.enum(vatCategories),
});
export type Price = z.infer<typeof priceSchema>;

const priceInput = {
  serviceUnit: serviceUnitSchema,
  payerCategory: payerCategorySchema,
  validFrom: dateSchema,
  validTo: dateSchema.nullable(),
  /** Negative prices are refused with a translated field error. */
  priceCents: z.number().int().max(10_000_000).refine((n) => n >= 0, { error: 'priceNegative' }),
  vatRateBp: z.number().int().min(0).max(10_000),
  vatCategory: z.enum(vatCategories),
};
/**
 * A standard-rated price has a rate above 0 % (EN 16931 BR-S-05): refused where the price is entered,
 * on the rate field, so the manager learns it at once rather than when the month's e-invoice is made.
 */
const standardRated = (price: { vatCategory: string; vatRateBp: number }) => price.vatCategory !== 'S' || price.vatRateBp > 0;

export const exemptionSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  kind: z.enum(exemptionKinds),
  validFrom: z.string(),
  validTo: z.string(),
  document: z.string().nullable(),
  voidedAt: z.string().nullable(),
});

const totalsSchema = z.object({
  units: z.number().int(),
  amountCents: cents,
  vatCents: cents,
  grossCents: cents,
  clientShareCents: cents,
  municipalityShareCents: cents,
});

export const statementLineSchema = z.object({
  clientId: z.number().int(),
  /** "Surname Name", or the municipality's client reference when pseudonymised. */
  client: z.string(),
  personalCode: z.string().nullable(),
  decisionNumber: z.string(),
  service: serviceKindSchema,
  serviceUnit: z.string(),
  unitName: z.string(),
  measure: z.enum(unitMeasures),
  units: z.number().int(),
  unitPriceCents: cents,
  amountCents: cents,
  vatRateBp: z.number().int(),
  vatCategory: z.enum(vatCategories),
  vatCents: cents,
  grossCents: cents,
  clientShareCents: cents,
  municipalityShareCents: cents,
  exempt: z.boolean(),
  free: z.boolean(),
  from: z.string(),
  to: z.string(),
});

export const statementDataSchema = z.object({
  month: z.string(),
  payer: z.string(),
  payerName: z.string(),
  language: uiLanguageSchema,
  pseudonymised: z.boolean(),
  centre: z.object({ name: z.string(), country: z.enum(['LV', 'LT']) }),
  generatedAt: z.string(),
  preparedBy: z.string(),
  approvedBy: z.string().nullable(),
  lines: z.array(statementLineSchema),
  totalsByUnit: z.array(totalsSchema.extend({ serviceUnit: z.string(), unitName: z.string() })),
  totals: totalsSchema,
  /** Warnings the manager confirmed before exporting (empty when nothing was wrong). */
  confirmedWarnings: z.array(z.string()),
});
export type StatementData = z.infer<typeof statementDataSchema>;

export const reconcileKinds = ['uncovered', 'over-planned', 'expiring', 'unpriced', 'not-closed'] as const;
export type ReconcileKind = (typeof reconcileKinds)[number];

export const reconcileWarningSchema = z.object({
  /** Stable identity of the warning, what a confirmation names. */
  key: z.string(),
  kind: z.enum(reconcileKinds),
  payer: z.string().nullable(),
  clientId: z.number().int().nullable(),
  client: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  service: serviceKindSchema.nullable(),
  serviceUnit: z.string().nullable(),
  /** First date concerned (a day without decision, a decision's end). */
  date: z.string().nullable(),
  /** Days counted, and days planned (over-planned), or units without a price. */
  count: z.number().int().nullable(),
  planned: z.number().int().nullable(),
  /** Where to fix it, a route of the app (`/clients/12`, `/prices`, `/sheets`). */
  link: z.string(),
});
export type ReconcileWarning = z.infer<typeof reconcileWarningSchema>;

const unitsRow = z.object({
  payer: z.string(),
  payerCategory: payerCategorySchema,
  serviceUnit: z.string(),
  units: z.number().int(),
  amountCents: cents,
});

/**
 * Issue 17, points 1–4: price lists, billable units from the records, the reconciliation of a month and
 * the monthly statement per payer. Exports are audited in the same transaction as their read.
 */
export const billingContract = {
  'prices.list': method({
    input: input({}),
    output: z.object({ prices: z.array(priceSchema).max(100_000), units: z.array(z.enum(catalogueServiceUnits)) }),
    access: managers,
    write: false,
  }),
  'prices.save': method({
    input: input({ id: idSchema.optional(), ...priceInput }).refine(standardRated, { error: 'vatRateZero', path: ['vatRateBp'] }),
    output: z.object({ price: priceSchema }),
    access: managers,
    write: true,
  }),
  'prices.remove': method({
    input: input({ id: idSchema }),
    output: ok,
    access: managers,
    write: true,
  }),
  'billing.exemptions': method({
    input: input({ clientId: idSchema }),
    output: z.object({ exemptions: z.array(exemptionSchema).max(10_000) }),
    /** Shown on the client card to everyone who sees decisions; changed by managers. */
    access: everyRole,
    write: false,
  }),
  'billing.addExemption': method({
    input: input({ clientId: idSchema, kind: z.enum(exemptionKinds), validFrom: dateSchema, validTo: dateSchema, document: z.string().trim().max(100).nullable() }),
    output: z.object({ exemption: exemptionSchema }),
    access: managers,
    write: true,
  }),
  'billing.voidExemption': method({
    input: input({ id: idSchema }),
    output: ok,
    access: managers,
    write: true,
  }),
  'billing.setDecisionTerms': method({
    input: input({
      decisionId: idSchema,
      privatePayer: z.boolean(),
      clientReference: z.string().trim().max(60).nullable(),
      /** The client's share: a percentage or a fixed amount per day (at most one); absent: left as the decision has it. */
      copayPercent: z.number().int().min(0).max(100).nullable().optional(),
      copayAmountCents: z.number().int().min(0).max(1_000_000).nullable().optional(),
    }).refine((t) => t.copayPercent == null || t.copayAmountCents == null, { path: ['copayAmountCents'], error: 'copayBoth' }),
    output: ok,
    access: managers,
    write: true,
  }),
  'billing.payers': method({
    input: input({ month: monthSchema }),
    output: z.object({ payers: z.array(z.object({ payer: z.string(), name: z.string() })).max(1000) }),
    access: managers,
    write: false,
  }),
  'billing.units': method({
    input: input({ month: monthSchema, payer: statementPayerSchema.optional() }),
    output: z.object({ rows: z.array(unitsRow).max(100_000) }),
    access: managers,
    write: false,
  }),
  'billing.reconcile': method({
    input: input({ month: monthSchema }),
    output: z.object({ warnings: z.array(reconcileWarningSchema).max(100_000) }),
    access: managers,
    write: false,
  }),
  'exports.statement': method({
    input: input({
      month: monthSchema,
      payer: statementPayerSchema,
      format: z.enum(['xlsx', 'csv', 'pdf']),
      pseudonymised: z.boolean().default(false),
      language: uiLanguageSchema,
      /** Keys of the reconciliation warnings the manager confirmed; every open warning must be among them. */
      confirmed: z.array(z.string().max(200)).max(500).default([]),
    }),
    /** `file` for xlsx and csv; for pdf the data the print page lays out (and the platform saves as PDF). */
    output: z.object({ statement: statementDataSchema, file: statementFileSchema.nullable() }),
    access: managers,
    write: true,
  }),
  /** Own service units, absence-rule overrides, decision terms (billing-settings.ts). */
  ...billingSettingsContract,
};
