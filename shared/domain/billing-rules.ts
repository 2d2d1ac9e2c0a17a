/**
 * The billing rules in one place: what a day, a meal, a session or an absence puts on the bill, and how an
 * amount splits between the client and the payer. Pure functions; the statement builder
 * (electron/core/services/billing/statement-lines.ts) only gathers the records and applies these.
 */
import type { AbsenceReason } from './attendance';
import type { BillingEffect, PayerCategory, ServiceUnit } from './service-units';

/**
 * What each absence reason does to the bill, per payer category. Sick, hospital and notified absences are
 * not billed; an unexcused absence is (the place was kept); a day the centre was closed never is. A private
 * payer is not charged for a notified holiday either. Centres may override single cells (absence_billing_rules).
 */
export const defaultAbsenceEffects: Record<AbsenceReason, Record<PayerCategory, BillingEffect>> = {
  sick: { 'own-municipality': 'not-billable', 'other-municipality': 'not-billable', private: 'not-billable' },
  notified: { 'own-municipality': 'not-billable', 'other-municipality': 'not-billable', private: 'not-billable' },
  unexcused: { 'own-municipality': 'billable', 'other-municipality': 'billable', private: 'billable' },
  'centre-closed': { 'own-municipality': 'not-billable', 'other-municipality': 'not-billable', private: 'not-billable' },
  hospital: { 'own-municipality': 'not-billable', 'other-municipality': 'not-billable', private: 'not-billable' },
  holiday: { 'own-municipality': 'free', 'other-municipality': 'not-billable', private: 'not-billable' },
};

/** Longest stay billed as the short day, when the price list has one. */
export const shortDayMinutes = 4 * 60;

export function minutesPresent(arrivedAt: string | null, leftAt: string | null): number | null {
  if (!arrivedAt || !leftAt) return null;
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return Math.max(0, m(leftAt) - m(arrivedAt));
}

export interface DayFacts {
  service: 'day-care' | 'dementia-day-centre';
  /** Minutes present, null when a time is missing (counted as a full day). */
  minutes: number | null;
  mealsTaken: number;
  /** Does the price list hold a price for this unit on this day and payer category? */
  priced: (unit: ServiceUnit) => boolean;
}

/**
 * The day unit of a present day, and whether meals are included in it:
 * dementia group → `dementia-day`; a stay of up to 4 h → `care-day-4h` when priced; meals taken and a
 * "with meals" price → `care-day-8h-meals` (meals not billed apart); otherwise `care-day-8h`.
 */
export function dayUnitOf(day: DayFacts): { unit: ServiceUnit; mealsIncluded: boolean } {
  if (day.service === 'dementia-day-centre') return { unit: 'dementia-day', mealsIncluded: false };
  if (day.minutes !== null && day.minutes <= shortDayMinutes && day.priced('care-day-4h')) return { unit: 'care-day-4h', mealsIncluded: false };
  if (day.mealsTaken > 0 && day.priced('care-day-8h-meals')) return { unit: 'care-day-8h-meals', mealsIncluded: true };
  return { unit: 'care-day-8h', mealsIncluded: false };
}

/** The unit an absence is billed as: the plain day of the service. */
export function absenceUnitOf(service: 'day-care' | 'dementia-day-centre'): ServiceUnit {
  return service === 'dementia-day-centre' ? 'dementia-day' : 'care-day-8h';
}

/** Rounding half away from zero, on integer cents. */
export function roundCents(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** VAT of a net amount at a rate in basis points (2100 = 21 %), rounded per line. */
export function vatCents(netCents: number, rateBp: number): number {
  return roundCents((netCents * rateBp) / 10_000);
}

export interface Copay {
  payerCategory: PayerCategory;
  /** Percent of the amount with VAT, 0–100. */
  percent: number | null;
  /** Fixed amount per day unit, in cents (capped at the day's price with VAT). */
  amountCents: number | null;
  exempt: boolean;
}

/**
 * The client's share of a line: a private payer pays it all; an exempt day (needy / low-income) nothing;
 * otherwise the decision's percent of the gross amount, or its fixed amount for each day unit.
 */
export function clientShareCents(grossCents: number, units: number, isDayUnit: boolean, copay: Copay): number {
  if (copay.payerCategory === 'private') return grossCents;
  if (copay.exempt || grossCents === 0) return 0;
  if (copay.percent !== null && copay.percent !== undefined) return roundCents((grossCents * copay.percent) / 100);
  if (copay.amountCents !== null && copay.amountCents !== undefined && isDayUnit && units > 0) {
    return Math.min(grossCents, copay.amountCents * units);
  }
  return 0;
}
