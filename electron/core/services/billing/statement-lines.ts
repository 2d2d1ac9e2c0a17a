/**
 * The monthly statement as numbers: every billable unit of a month gathered from the records (attendance,
 * meals, billed sessions, done bookings), priced from the price list of its day and payer category, split
 * between the client and the payer, and summed per service unit and overall. The XLSX, CSV, PDF, the
 * e-invoice and the monthly pack all read this one answer, so their numbers agree to the cent.
 * The rules themselves live in shared/domain/billing-rules.ts.
 */
import type { Executor } from '#db/client';
import { getCentre } from '#db/queries/centre';
import { absenceRuleOverrides, allPrices, attendanceBetween, billableSessionVisits, decisionsInPeriod, exemptionsBetween, type PriceRow } from '#db/queries/billing';
import { absenceUnitOf, clientShareCents, dayUnitOf, defaultAbsenceEffects, minutesPresent, vatCents } from '#shared/domain/billing-rules';
import { inMealOrder } from '#shared/domain/meals';
import { monthBounds } from '#shared/domain/month';
import type { AbsenceReason } from '#shared/domain/attendance';
import { isServiceUnit, measureOf, privatePayer, unitOrder, type BillingEffect, type PayerCategory, type ServiceUnit, type UnitMeasure, type VatCategory } from '#shared/domain/service-units';
import type { ServiceKind } from '#shared/domain/services';
import { doneBookingUnits } from './booking-units';

/** A municipality code (e.g. `LV-aizkraukle`) or `private`. */
export type Payer = string;

export interface StatementLine {
  clientId: number;
  firstName: string;
  lastName: string;
  personalCode: string | null;
  /** The municipality's reference for the client (pseudonymised statements), if recorded. */
  clientReference: string | null;
  decisionId: number;
  decisionNumber: string;
  service: ServiceKind;
  serviceUnit: ServiceUnit;
  measure: UnitMeasure;
  units: number;
  unitPriceCents: number;
  /** units × unit price, net of VAT. */
  amountCents: number;
  vatRateBp: number;
  vatCategory: VatCategory;
  vatCents: number;
  /** amount + VAT. */
  grossCents: number;
  clientShareCents: number;
  municipalityShareCents: number;
  /** Days covered by a needy / low-income exemption: the client's share is zero. */
  exempt: boolean;
  /** Units the absence rules count but do not charge (unit price 0). */
  free: boolean;
  /** First and last date the line covers. */
  from: string;
  to: string;
}

export interface StatementTotals {
  units: number;
  amountCents: number;
  vatCents: number;
  grossCents: number;
  clientShareCents: number;
  municipalityShareCents: number;
}

export interface UnitTotals extends StatementTotals {
  serviceUnit: ServiceUnit;
  measure: UnitMeasure;
}

/** A unit the records say was given but that has no price for its day and payer category. */
export interface UnpricedItem {
  clientId: number;
  decisionId: number;
  date: string;
  serviceUnit: ServiceUnit;
  payerCategory: PayerCategory;
}

export interface Statement {
  month: string;
  payer: Payer;
  lines: StatementLine[];
  totalsByUnit: UnitTotals[];
  totals: StatementTotals;
  unpriced: UnpricedItem[];
  /** Attendance days (present, or a billed absence) of clients with no day-centre decision covering them. */
  uncovered: { clientId: number; date: string }[];
}

type DecisionInPeriod = ReturnType<typeof decisionsInPeriod>[number];

/** One unit before pricing. */
interface Item {
  decision: DecisionInPeriod;
  date: string;
  unit: ServiceUnit;
  units: number;
  free: boolean;
}

export function payerOf(d: DecisionInPeriod): Payer {
  return d.privatePayer ? privatePayer : d.decision.payingMunicipality;
}

export function payerCategoryOf(d: DecisionInPeriod, centreMunicipality: string): PayerCategory {
  if (d.privatePayer) return 'private';
  return d.decision.payingMunicipality === centreMunicipality ? 'own-municipality' : 'other-municipality';
}

const dayCentre = (s: ServiceKind): s is 'day-care' | 'dementia-day-centre' => s === 'day-care' || s === 'dementia-day-centre';
const covers = (d: DecisionInPeriod, date: string) => d.decision.validFrom <= date && (d.decision.validTo === null || date <= d.decision.validTo);

/** The price in force for a unit, payer category and day. */
export function priceIndex(rows: readonly PriceRow[]) {
  const byKey = new Map<string, PriceRow[]>();
  for (const row of rows) {
    const key = `${row.serviceUnit}|${row.payerCategory}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  return (unit: string, category: PayerCategory, date: string): PriceRow | undefined =>
    byKey.get(`${unit}|${category}`)?.find((p) => p.validFrom <= date && (p.validTo === null || date <= p.validTo));
}

/** Every billable item of a month from the records, for every payer (before pricing). */
function gatherItems(db: Executor, month: string, centreMunicipality: string, price: ReturnType<typeof priceIndex>) {
  const { first, last } = monthBounds(month);
  const decisions = decisionsInPeriod(db, first, last);
  const byClient = new Map<number, DecisionInPeriod[]>();
  for (const d of decisions) byClient.set(d.decision.clientId, [...(byClient.get(d.decision.clientId) ?? []), d]);
  /** The decision a day's record belongs to: a day-centre decision covering the day (dementia first). */
  const dayDecision = (clientId: number, date: string) =>
    (byClient.get(clientId) ?? [])
      .filter((d) => dayCentre(d.decision.service) && covers(d, date))
      .sort((a, b) => a.decision.service.localeCompare(b.decision.service))[0];
  /** Sessions and bookings belong to the day-centre decision, else to any decision covering the day. */
  const anyDecision = (clientId: number, date: string) => dayDecision(clientId, date) ?? (byClient.get(clientId) ?? []).find((d) => covers(d, date));

  const overrides = new Map(absenceRuleOverrides(db).map((r) => [`${r.absenceReason}|${r.payerCategory}`, r.effect]));
  const effectOf = (reason: AbsenceReason, category: PayerCategory): BillingEffect =>
    overrides.get(`${reason}|${category}`) ?? defaultAbsenceEffects[reason][category];

  const items: Item[] = [];
  const uncovered: { clientId: number; date: string }[] = [];
  for (const day of attendanceBetween(db, first, last)) {
    const decision = dayDecision(day.clientId, day.date);
    if (!decision) {
      if (day.status === 'present') uncovered.push({ clientId: day.clientId, date: day.date });
      continue;
    }
    const service = decision.decision.service as 'day-care' | 'dementia-day-centre';
    const category = payerCategoryOf(decision, centreMunicipality);
    if (day.status === 'present') {
      const meals = inMealOrder(day.meals);
      const { unit, mealsIncluded } = dayUnitOf({
        service,
        minutes: minutesPresent(day.arrivedAt, day.leftAt),
        mealsTaken: meals.length,
        priced: (u) => price(u, category, day.date) !== undefined,
      });
      items.push({ decision, date: day.date, unit, units: 1, free: false });
      if (!mealsIncluded) {
        for (const meal of meals) {
          const mealUnit = `meal-${meal}` as ServiceUnit;
          // A meal without a price is not billed apart (the centre includes it or does not charge it).
          if (price(mealUnit, category, day.date)) items.push({ decision, date: day.date, unit: mealUnit, units: 1, free: false });
        }
      }
    } else if (day.absenceReason) {
      const effect = effectOf(day.absenceReason, category);
      if (effect !== 'not-billable') items.push({ decision, date: day.date, unit: absenceUnitOf(service), units: 1, free: effect === 'free' });
    }
  }
  const extra = [...billableSessionVisits(db, first, last), ...doneBookingUnits(db, month)];
  for (const visit of extra) {
    if (!isServiceUnit(visit.serviceUnit)) continue;
    const decision = anyDecision(visit.clientId, visit.date);
    if (!decision) {
      uncovered.push({ clientId: visit.clientId, date: visit.date });
      continue;
    }
    items.push({ decision, date: visit.date, unit: visit.serviceUnit, units: 1, free: false });
  }
  return { items, uncovered, decisions };
}

const zero = (): StatementTotals => ({ units: 0, amountCents: 0, vatCents: 0, grossCents: 0, clientShareCents: 0, municipalityShareCents: 0 });
function add(to: StatementTotals, line: StatementTotals): void {
  to.units += line.units;
  to.amountCents += line.amountCents;
  to.vatCents += line.vatCents;
  to.grossCents += line.grossCents;
  to.clientShareCents += line.clientShareCents;
  to.municipalityShareCents += line.municipalityShareCents;
}

/** Is the client's share waived on this day (a billing exemption, or the decision's own exemption)? */
function exemptOn(exemptions: ReturnType<typeof exemptionsBetween>, d: DecisionInPeriod, date: string): boolean {
  const { decision } = d;
  if (decision.exemption !== 'none' && date >= decision.validFrom && (decision.exemptionUntil === null || date <= decision.exemptionUntil)) return true;
  return exemptions.some((e) => e.clientId === decision.clientId && e.validFrom <= date && date <= e.validTo);
}

const collator = new Intl.Collator('lv');

/**
 * The statement of one payer for one month: lines per client, decision, unit, price and exemption, with
 * totals. Pure reading; the caller audits. `payer` is a municipality code or `private`.
 */
export function buildStatement(db: Executor, { month, payer }: { month: string; payer: Payer }): Statement {
  return buildStatements(db, month, [payer]).get(payer)!;
}

/**
 * The statements of several payers (default: every payer of the month) from one reading of the records.
 * Every statement carries the month's days without a covering decision (their payer is unknown).
 */
export function buildStatements(db: Executor, month: string, payers?: readonly Payer[]): Map<Payer, Statement> {
  const centreMunicipality = getCentre(db)?.municipality ?? '';
  const price = priceIndex(allPrices(db));
  const { first, last } = monthBounds(month);
  const exemptions = exemptionsBetween(db, first, last);
  const { items, uncovered, decisions } = gatherItems(db, month, centreMunicipality, price);
  const wanted = payers ?? [...new Set(decisions.map(payerOf))].sort();
  const result = new Map<Payer, Statement>();
  const byPayer = new Map<Payer, Item[]>(wanted.map((p) => [p, []]));
  for (const item of items) byPayer.get(payerOf(item.decision))?.push(item);
  for (const payer of wanted) {
    result.set(payer, statementOf(month, payer, byPayer.get(payer) ?? [], { centreMunicipality, price, exemptions, uncovered }));
  }
  return result;
}

interface Context {
  centreMunicipality: string;
  price: ReturnType<typeof priceIndex>;
  exemptions: ReturnType<typeof exemptionsBetween>;
  uncovered: { clientId: number; date: string }[];
}

function statementOf(month: string, payer: Payer, items: readonly Item[], { centreMunicipality, price, exemptions, uncovered }: Context): Statement {
  const groups = new Map<string, { item: Item; price: PriceRow | null; exempt: boolean; units: number; from: string; to: string }>();
  const unpriced: UnpricedItem[] = [];
  for (const item of items) {
    const category = payerCategoryOf(item.decision, centreMunicipality);
    const p = price(item.unit, category, item.date);
    if (!p && !item.free) {
      unpriced.push({ clientId: item.decision.decision.clientId, decisionId: item.decision.decision.id, date: item.date, serviceUnit: item.unit, payerCategory: category });
      continue;
    }
    const exempt = exemptOn(exemptions, item.decision, item.date);
    const key = `${item.decision.decision.id}|${item.unit}|${item.free ? 'free' : p!.id}|${exempt}`;
    const group = groups.get(key);
    if (group) {
      group.units += item.units;
      if (item.date < group.from) group.from = item.date;
      if (item.date > group.to) group.to = item.date;
    } else groups.set(key, { item, price: item.free ? null : p!, exempt, units: item.units, from: item.date, to: item.date });
  }

  const lines: StatementLine[] = [...groups.values()].map(({ item, price: p, exempt, units, from, to }) => {
    const d = item.decision;
    const unitPriceCents = p?.priceCents ?? 0;
    const amountCents = units * unitPriceCents;
    const vatRateBp = p?.vatRateBp ?? 0;
    const vat = vatCents(amountCents, vatRateBp);
    const grossCents = amountCents + vat;
    const measure = measureOf(item.unit);
    const client = clientShareCents(grossCents, units, measure === 'day', {
      payerCategory: payerCategoryOf(d, centreMunicipality),
      percent: d.decision.copayPercent,
      amountCents: d.decision.copayAmountCents,
      exempt,
    });
    return {
      clientId: d.decision.clientId,
      firstName: d.firstName,
      lastName: d.lastName,
      personalCode: d.personalCode,
      clientReference: d.clientReference ?? null,
      decisionId: d.decision.id,
      decisionNumber: d.decision.decisionNumber,
      service: d.decision.service,
      serviceUnit: item.unit,
      measure,
      units,
      unitPriceCents,
      amountCents,
      vatRateBp,
      vatCategory: p?.vatCategory ?? 'E',
      vatCents: vat,
      grossCents,
      clientShareCents: client,
      municipalityShareCents: grossCents - client,
      exempt,
      free: item.free,
      from,
      to,
    };
  });
  lines.sort(
    (a, b) =>
      collator.compare(a.lastName, b.lastName) ||
      collator.compare(a.firstName, b.firstName) ||
      a.clientId - b.clientId ||
      a.from.localeCompare(b.from) ||
      unitOrder(a.serviceUnit) - unitOrder(b.serviceUnit) ||
      a.serviceUnit.localeCompare(b.serviceUnit) ||
      a.unitPriceCents - b.unitPriceCents ||
      Number(a.exempt) - Number(b.exempt),
  );

  const byUnit = new Map<ServiceUnit, UnitTotals>();
  const totals = zero();
  for (const line of lines) {
    const t = byUnit.get(line.serviceUnit) ?? { serviceUnit: line.serviceUnit, measure: line.measure, ...zero() };
    add(t, line);
    byUnit.set(line.serviceUnit, t);
    add(totals, line);
  }
  const totalsByUnit = [...byUnit.values()].sort((a, b) => unitOrder(a.serviceUnit) - unitOrder(b.serviceUnit) || a.serviceUnit.localeCompare(b.serviceUnit));
  return { month, payer, lines, totalsByUnit, totals, unpriced, uncovered };
}

/** The payers with any decision in force during the month (municipality codes and `private`). */
export function payersOfMonth(db: Executor, month: string): Payer[] {
  const { first, last } = monthBounds(month);
  return [...new Set(decisionsInPeriod(db, first, last).map(payerOf))].sort();
}
