import { and, asc, desc, eq, gte, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { incidentFollowUps, incidents } from '../schema/incidents';
import { clients } from '../schema/clients';

export type IncidentRow = typeof incidents.$inferSelect;
export type NewIncidentRow = typeof incidents.$inferInsert;
export type FollowUpRow = typeof incidentFollowUps.$inferSelect;

export function insertIncident(db: Executor, row: NewIncidentRow): IncidentRow {
  return db.insert(incidents).values(row).returning().get();
}

export function updateIncident(db: Executor, id: number, patch: Partial<NewIncidentRow>): IncidentRow {
  const row = db.update(incidents).set(patch).where(eq(incidents.id, id)).returning().get();
  if (!row) throw new Error('incident vanished inside its transaction');
  return row;
}

export function findIncident(db: Executor, id: number): IncidentRow | undefined {
  return db.select().from(incidents).where(eq(incidents.id, id)).get();
}

export function insertFollowUp(db: Executor, row: typeof incidentFollowUps.$inferInsert): FollowUpRow {
  return db.insert(incidentFollowUps).values(row).returning().get();
}

export function findFollowUp(db: Executor, id: number): FollowUpRow | undefined {
  return db.select().from(incidentFollowUps).where(eq(incidentFollowUps.id, id)).get();
}

export function completeFollowUpRow(db: Executor, id: number, doneAt: string, doneBy: number): FollowUpRow {
  const row = db.update(incidentFollowUps).set({ doneAt, doneBy }).where(eq(incidentFollowUps.id, id)).returning().get();
  if (!row) throw new Error('follow-up vanished inside its transaction');
  return row;
}

/** A report's follow-ups with the responsible's and the completer's names. */
export function followUpsOf(db: Executor, incidentId: number) {
  return db
    .select({
      row: incidentFollowUps,
      responsibleName: sql<string>`(SELECT full_name FROM staff WHERE id = ${incidentFollowUps.responsibleId})`,
      doneByName: sql<string | null>`(SELECT full_name FROM staff WHERE id = ${incidentFollowUps.doneBy})`,
    })
    .from(incidentFollowUps)
    .where(eq(incidentFollowUps.incidentId, incidentId))
    .orderBy(asc(incidentFollowUps.dueOn), asc(incidentFollowUps.id))
    .all();
}

export interface IncidentFilter {
  status?: 'open' | 'closed' | 'all' | undefined;
  clientId?: number | undefined;
  kind?: IncidentRow['kind'] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
}

/** Reports newest first, with their open and overdue follow-up counts as of `today`. */
export function listIncidents(db: Executor, filter: IncidentFilter, today: string) {
  const where: SQL[] = [];
  if (filter.status === 'open') where.push(isNull(incidents.closedAt));
  if (filter.status === 'closed') where.push(isNotNull(incidents.closedAt));
  if (filter.clientId) where.push(eq(incidents.clientId, filter.clientId));
  if (filter.kind) where.push(eq(incidents.kind, filter.kind));
  if (filter.from) where.push(gte(incidents.occurredOn, filter.from));
  if (filter.to) where.push(lte(incidents.occurredOn, filter.to));
  return db
    .select({
      id: incidents.id,
      clientId: incidents.clientId,
      clientName: sql<string>`${clients.firstName} || ' ' || ${clients.lastName}`,
      kind: incidents.kind,
      occurredOn: incidents.occurredOn,
      occurredAt: incidents.occurredAt,
      closedAt: incidents.closedAt,
      openFollowUps: sql<number>`(SELECT count(*) FROM incident_follow_ups f WHERE f.incident_id = ${incidents.id} AND f.done_at IS NULL)`,
      overdueFollowUps: sql<number>`(SELECT count(*) FROM incident_follow_ups f WHERE f.incident_id = ${incidents.id} AND f.done_at IS NULL AND f.due_on < ${today})`,
    })
    .from(incidents)
    .innerJoin(clients, eq(clients.id, incidents.clientId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(incidents.occurredOn), desc(incidents.occurredAt), desc(incidents.id))
    .limit(filter.limit ?? 200)
    .all();
}

/** Open follow-ups past their due date, over all reports. */
export function countOverdueFollowUps(db: Executor, today: string): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(incidentFollowUps)
    .where(and(isNull(incidentFollowUps.doneAt), sql`${incidentFollowUps.dueOn} < ${today}`))
    .get()?.n ?? 0;
}
