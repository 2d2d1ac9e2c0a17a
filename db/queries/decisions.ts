import { and, asc, desc, eq, getTableColumns, gte, isNull, lte } from 'drizzle-orm';
import { serviceDecisions } from '../schema/service-decisions';
import { clients } from '../schema/clients';
import { staff } from '../schema/staff';
import type { Executor } from '../client';

export type DecisionRow = typeof serviceDecisions.$inferSelect;
export type NewDecisionRow = typeof serviceDecisions.$inferInsert;
/** A decision as the card shows it: with the name of whoever voided it, if anyone did. */
export type DecisionView = DecisionRow & { voidedByName: string | null };

const viewColumns = { ...getTableColumns(serviceDecisions), voidedByName: staff.fullName };

/** Every decision of a client, voided ones included: the card keeps them in the history, struck through. */
export function listDecisions(db: Executor, clientId: number): DecisionView[] {
  return db
    .select(viewColumns)
    .from(serviceDecisions)
    .leftJoin(staff, eq(staff.id, serviceDecisions.voidedBy))
    .where(eq(serviceDecisions.clientId, clientId))
    .orderBy(desc(serviceDecisions.validFrom), desc(serviceDecisions.id))
    .all();
}

export function findDecisionView(db: Executor, id: number): DecisionView | undefined {
  return db.select(viewColumns).from(serviceDecisions).leftJoin(staff, eq(staff.id, serviceDecisions.voidedBy)).where(eq(serviceDecisions.id, id)).get();
}

export function findDecision(db: Executor, id: number): DecisionRow | undefined {
  return db.select().from(serviceDecisions).where(eq(serviceDecisions.id, id)).get();
}

/** The decisions in force for a service (voided ones never count: they were entered by mistake). */
export function decisionsOfService(db: Executor, clientId: number, service: DecisionRow['service']): DecisionRow[] {
  return db
    .select()
    .from(serviceDecisions)
    .where(and(eq(serviceDecisions.clientId, clientId), eq(serviceDecisions.service, service), isNull(serviceDecisions.voidedAt)))
    .all();
}

export function insertDecision(db: Executor, row: NewDecisionRow): DecisionRow {
  return db.insert(serviceDecisions).values(row).returning().get();
}

export function updateDecision(db: Executor, id: number, patch: Partial<NewDecisionRow>): DecisionRow {
  const row = db.update(serviceDecisions).set(patch).where(eq(serviceDecisions.id, id)).returning().get();
  if (!row) throw new Error(`decision ${id} vanished during update`);
  return row;
}

/** Decisions (not voided) of active clients ending between `from` and `to` (inclusive), soonest first. */
export function decisionsEndingBetween(db: Executor, from: string, to: string) {
  return db
    .select({ decision: serviceDecisions, firstName: clients.firstName, lastName: clients.lastName })
    .from(serviceDecisions)
    .innerJoin(clients, eq(clients.id, serviceDecisions.clientId))
    .where(and(gte(serviceDecisions.validTo, from), lte(serviceDecisions.validTo, to), eq(clients.status, 'active'), isNull(serviceDecisions.voidedAt)))
    .orderBy(asc(serviceDecisions.validTo), asc(clients.lastName))
    .all();
}
