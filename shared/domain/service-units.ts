/**
 * What a centre bills (DOMAIN.md "Prices"): a fixed catalogue of service units, each with a measure, plus
 * the centre's own units (`own:<code>`, defined in the `own_service_units` table). Prices are kept per unit,
 * payer category and validity period (db/schema/billing.ts).
 */
export const catalogueServiceUnits = [
  /** A day of day care of up to 4 hours. */
  'care-day-4h',
  /** A day of day care of up to 8 hours, meals billed separately. */
  'care-day-8h',
  /** A day of day care of up to 8 hours, meals included. */
  'care-day-8h-meals',
  /** A day in the dementia day-centre group. */
  'dementia-day',
  /** A 30-minute hydromassage session. */
  'hydromassage',
  'shower',
  'laundry',
  'meal-breakfast',
  'meal-lunch',
  'meal-snack',
  'meal-dinner',
] as const;
export type CatalogueServiceUnit = (typeof catalogueServiceUnits)[number];

/** A catalogue unit or one of the centre's own, `own:<code>` (code: lowercase letters, digits, dashes). */
export type ServiceUnit = CatalogueServiceUnit | `own:${string}`;

export const ownUnitPattern = /^own:[a-z0-9][a-z0-9-]{0,39}$/;

export function isServiceUnit(value: string): value is ServiceUnit {
  return (catalogueServiceUnits as readonly string[]).includes(value) || ownUnitPattern.test(value);
}

export const unitMeasures = ['day', 'session', 'item', 'meal'] as const;
export type UnitMeasure = (typeof unitMeasures)[number];

export function measureOf(unit: ServiceUnit): UnitMeasure {
  if (unit.startsWith('meal-')) return 'meal';
  if (unit === 'care-day-4h' || unit === 'care-day-8h' || unit === 'care-day-8h-meals' || unit === 'dementia-day') return 'day';
  if (unit === 'hydromassage' || unit === 'shower') return 'session';
  return 'item';
}

/** The order units appear on a statement: days first, then sessions, items, meals; own units last. */
export function unitOrder(unit: ServiceUnit): number {
  const i = (catalogueServiceUnits as readonly string[]).indexOf(unit);
  return i === -1 ? 1000 : i;
}

/** Who pays, as the price list distinguishes it. */
export const payerCategories = ['own-municipality', 'other-municipality', 'private'] as const;
export type PayerCategory = (typeof payerCategories)[number];

/** The payer of a statement: a municipality code (shared/domain/municipalities.ts) or the private payers. */
export const privatePayer = 'private' as const;

/** VAT categories as EN 16931 names them (UNCL 5305): standard, zero-rated, exempt, outside the scope. */
export const vatCategories = ['S', 'Z', 'E', 'O'] as const;
export type VatCategory = (typeof vatCategories)[number];

/** What an absence does to the bill, per payer category (shared/domain/billing-rules.ts). */
export const billingEffects = ['billable', 'free', 'not-billable'] as const;
export type BillingEffect = (typeof billingEffects)[number];

export const exemptionKinds = ['needy', 'low-income'] as const;
export type ExemptionKind = (typeof exemptionKinds)[number];
