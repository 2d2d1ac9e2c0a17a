import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import { serviceDecisions } from '../schema/service-decisions';
import { clients } from '../schema/clients';
import type { Executor } from '../client';

export type DecisionRow = typeof serviceDecisions.$inferSelect;
export type NewDecisionRow = typeof serviceDecisions.$inferInsert;

export function listDecisions(db: Executor, clientId: number): DecisionRow[] {
  return db
    .select()
    .from(serviceDecisions)
    .where(eq(serviceDecisions.clientId, clientId))
    .orderBy(desc(serviceDecisions.validFrom), desc(serviceDecisions.id))
    .all();
}

export function findDecision(db: Executor, id: number): DecisionRow | undefined {
  return db.select().from(serviceDecisions).where(eq(serviceDecisions.id, id)).get();
}

export function decisionsOfService(db: Executor, clientId: number, service: DecisionRow['service']): DecisionRow[] {
  return db
    .select()
    .from(serviceDecisions)
    .where(and(eq(serviceDecisions.clientId, clientId), eq(serviceDecisions.service, service)))
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

/** Decisions of active clients ending between `from` and `to` (inclusive), soonest first. */
export function decisionsEndingBetween(db: Executor, from: string, to: string) {
  return db
    .select({ decision: serviceDecisions, firstName: clients.firstName, lastName: clients.lastName })
    .from(serviceDecisions)
    .innerJoin(clients, eq(clients.id, serviceDecisions.clientId))
    .where(and(gte(serviceDecisions.validTo, from), lte(serviceDecisions.validTo, to), eq(clients.status, 'active')))
    .orderBy(asc(serviceDecisions.validTo), asc(clients.lastName))
    .all();
}
