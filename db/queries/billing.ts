import { and, asc, between, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { absenceBillingRules, activityBillingUnits, billingExemptions, decisionBilling, prices } from '../schema/billing';
import { serviceDecisions } from '../schema/service-decisions';
import { clients } from '../schema/clients';
import { attendance } from '../schema/attendance';
import { sessionParticipants, sessions } from '../schema/sessions';
import type { Executor } from '../client';

export type PriceRow = typeof prices.$inferSelect;
export type NewPriceRow = typeof prices.$inferInsert;
export type ExemptionRow = typeof billingExemptions.$inferSelect;
export type DecisionBillingRow = typeof decisionBilling.$inferSelect;

export function allPrices(db: Executor): PriceRow[] {
  return db.select().from(prices).orderBy(asc(prices.serviceUnit), asc(prices.payerCategory), asc(prices.validFrom)).all();
}

export function pricesOf(db: Executor, serviceUnit: string, payerCategory: PriceRow['payerCategory']): PriceRow[] {
  return db
    .select()
    .from(prices)
    .where(and(eq(prices.serviceUnit, serviceUnit), eq(prices.payerCategory, payerCategory)))
    .orderBy(asc(prices.validFrom))
    .all();
}

export function findPrice(db: Executor, id: number): PriceRow | undefined {
  return db.select().from(prices).where(eq(prices.id, id)).get();
}

export function insertPrice(db: Executor, row: NewPriceRow): PriceRow {
  return db.insert(prices).values(row).returning().get();
}

export function updatePrice(db: Executor, id: number, patch: Partial<NewPriceRow>): PriceRow {
  const row = db.update(prices).set(patch).where(eq(prices.id, id)).returning().get();
  if (!row) throw new Error(`price ${id} vanished during update`);
  return row;
}

export function deletePrice(db: Executor, id: number): void {
  db.delete(prices).where(eq(prices.id, id)).run();
}

export function absenceRuleOverrides(db: Executor) {
  return db.select().from(absenceBillingRules).all();
}

/** Exemptions (not voided) touching [first, last]. */
export function exemptionsBetween(db: Executor, first: string, last: string): ExemptionRow[] {
  return db
    .select()
    .from(billingExemptions)
    .where(and(isNull(billingExemptions.voidedAt), lte(billingExemptions.validFrom, last), gte(billingExemptions.validTo, first)))
    .all();
}

export function exemptionsOfClient(db: Executor, clientId: number): ExemptionRow[] {
  return db.select().from(billingExemptions).where(eq(billingExemptions.clientId, clientId)).orderBy(asc(billingExemptions.validFrom)).all();
}

export function insertExemption(db: Executor, row: typeof billingExemptions.$inferInsert): ExemptionRow {
  return db.insert(billingExemptions).values(row).returning().get();
}

export function findExemption(db: Executor, id: number): ExemptionRow | undefined {
  return db.select().from(billingExemptions).where(eq(billingExemptions.id, id)).get();
}

export function updateExemption(db: Executor, id: number, patch: Partial<ExemptionRow>): ExemptionRow {
  const row = db.update(billingExemptions).set(patch).where(eq(billingExemptions.id, id)).returning().get();
  if (!row) throw new Error(`exemption ${id} vanished during update`);
  return row;
}

export function findDecisionBilling(db: Executor, decisionId: number): DecisionBillingRow | undefined {
  return db.select().from(decisionBilling).where(eq(decisionBilling.decisionId, decisionId)).get();
}

export function saveDecisionBilling(db: Executor, row: DecisionBillingRow): DecisionBillingRow {
  const { decisionId: _d, ...rest } = row;
  return db.insert(decisionBilling).values(row).onConflictDoUpdate({ target: decisionBilling.decisionId, set: rest }).returning().get();
}

export function saveActivityUnit(db: Executor, row: typeof activityBillingUnits.$inferInsert) {
  const { activityId: _a, ...rest } = row;
  return db.insert(activityBillingUnits).values(row).onConflictDoUpdate({ target: activityBillingUnits.activityId, set: rest }).returning().get();
}

/** Decisions in force (not voided) on some day of [first, last], with their billing details and the client. */
export function decisionsInPeriod(db: Executor, first: string, last: string) {
  return db
    .select({
      decision: serviceDecisions,
      privatePayer: decisionBilling.privatePayer,
      clientReference: decisionBilling.clientReference,
      firstName: clients.firstName,
      lastName: clients.lastName,
      personalCode: clients.personalCode,
    })
    .from(serviceDecisions)
    .innerJoin(clients, eq(clients.id, serviceDecisions.clientId))
    .leftJoin(decisionBilling, eq(decisionBilling.decisionId, serviceDecisions.id))
    .where(
      and(
        isNull(serviceDecisions.voidedAt),
        lte(serviceDecisions.validFrom, last),
        or(isNull(serviceDecisions.validTo), gte(serviceDecisions.validTo, first)),
      ),
    )
    .all();
}

export function attendanceBetween(db: Executor, first: string, last: string) {
  return db
    .select({
      clientId: attendance.clientId,
      date: attendance.date,
      status: attendance.status,
      arrivedAt: attendance.arrivedAt,
      leftAt: attendance.leftAt,
      absenceReason: attendance.absenceReason,
      meals: attendance.meals,
    })
    .from(attendance)
    .where(between(attendance.date, first, last))
    .orderBy(asc(attendance.date), asc(attendance.clientId))
    .all();
}

/** Present participants of sessions whose activity is billed as a unit. */
export function billableSessionVisits(db: Executor, first: string, last: string) {
  return db
    .select({ clientId: sessionParticipants.clientId, date: sessions.date, serviceUnit: activityBillingUnits.serviceUnit })
    .from(sessionParticipants)
    .innerJoin(sessions, eq(sessions.id, sessionParticipants.sessionId))
    .innerJoin(activityBillingUnits, eq(activityBillingUnits.activityId, sessions.activityId))
    .where(and(eq(sessionParticipants.status, 'present'), between(sessions.date, first, last)))
    .all();
}
