import { and, asc, eq, inArray } from 'drizzle-orm';
import { absenceBillingRules, decisionBilling, ownServiceUnits } from '../schema/billing';
import { serviceDecisions } from '../schema/service-decisions';
import type { Executor } from '../client';

export type OwnUnitRow = typeof ownServiceUnits.$inferSelect;
export type AbsenceRuleRow = typeof absenceBillingRules.$inferSelect;

export function ownUnits(db: Executor): OwnUnitRow[] {
  return db.select().from(ownServiceUnits).orderBy(asc(ownServiceUnits.code)).all();
}

export function findOwnUnit(db: Executor, id: number): OwnUnitRow | undefined {
  return db.select().from(ownServiceUnits).where(eq(ownServiceUnits.id, id)).get();
}

export function findOwnUnitByCode(db: Executor, code: string): OwnUnitRow | undefined {
  return db.select().from(ownServiceUnits).where(eq(ownServiceUnits.code, code)).get();
}

export function insertOwnUnit(db: Executor, row: typeof ownServiceUnits.$inferInsert): OwnUnitRow {
  return db.insert(ownServiceUnits).values(row).returning().get();
}

export function updateOwnUnit(db: Executor, id: number, patch: Partial<typeof ownServiceUnits.$inferInsert>): OwnUnitRow {
  const row = db.update(ownServiceUnits).set(patch).where(eq(ownServiceUnits.id, id)).returning().get();
  if (!row) throw new Error(`own unit ${id} vanished during update`);
  return row;
}

export function findAbsenceRule(db: Executor, reason: AbsenceRuleRow['absenceReason'], category: AbsenceRuleRow['payerCategory']) {
  return db
    .select()
    .from(absenceBillingRules)
    .where(and(eq(absenceBillingRules.absenceReason, reason), eq(absenceBillingRules.payerCategory, category)))
    .get();
}

export function upsertAbsenceRule(db: Executor, row: AbsenceRuleRow): AbsenceRuleRow {
  const { absenceReason: _r, payerCategory: _p, ...rest } = row;
  return db
    .insert(absenceBillingRules)
    .values(row)
    .onConflictDoUpdate({ target: [absenceBillingRules.absenceReason, absenceBillingRules.payerCategory], set: rest })
    .returning()
    .get();
}

export function deleteAbsenceRule(db: Executor, reason: AbsenceRuleRow['absenceReason'], category: AbsenceRuleRow['payerCategory']): void {
  db.delete(absenceBillingRules)
    .where(and(eq(absenceBillingRules.absenceReason, reason), eq(absenceBillingRules.payerCategory, category)))
    .run();
}

/** Billing terms of every decision of a client (the decision's own co-payment, and its decision_billing row). */
export function decisionTermsOfClient(db: Executor, clientId: number) {
  const decisions = db
    .select({ id: serviceDecisions.id, copayPercent: serviceDecisions.copayPercent, copayAmountCents: serviceDecisions.copayAmountCents })
    .from(serviceDecisions)
    .where(eq(serviceDecisions.clientId, clientId))
    .all();
  const ids = decisions.map((d) => d.id);
  const billing = ids.length ? db.select().from(decisionBilling).where(inArray(decisionBilling.decisionId, ids)).all() : [];
  const byId = new Map(billing.map((b) => [b.decisionId, b]));
  return decisions.map((d) => ({
    decisionId: d.id,
    privatePayer: byId.get(d.id)?.privatePayer ?? false,
    clientReference: byId.get(d.id)?.clientReference ?? null,
    copayPercent: d.copayPercent,
    copayAmountCents: d.copayAmountCents,
  }));
}
