import { and, asc, between, count, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import { sessionParticipants, sessionSeries, sessions } from '../schema/sessions';
import { activities } from '../schema/activities';
import { clients } from '../schema/clients';
import type { Executor } from '../client';

export type SessionRow = typeof sessions.$inferSelect;
export type NewSessionRow = typeof sessions.$inferInsert;
export type ParticipantRow = typeof sessionParticipants.$inferSelect;

const withCounts = {
  ...(({ createdAt: _c, updatedAt: _u, ...rest }) => rest)(getTableColumns(sessions)),
  // Qualified by hand: drizzle prints an unqualified "id" here, which the subquery would read as p.id.
  participants: sql<number>`(SELECT count(*) FROM session_participants p WHERE p.session_id = "sessions"."id")`,
  present: sql<number>`(SELECT count(*) FROM session_participants p WHERE p.session_id = "sessions"."id" AND p.status = 'present')`,
};

export function findSessionRow(db: Executor, id: number): SessionRow | undefined {
  return db.select().from(sessions).where(eq(sessions.id, id)).get();
}

export function findSessionView(db: Executor, id: number) {
  return db.select(withCounts).from(sessions).where(eq(sessions.id, id)).get();
}

/**
 * The activity sessions of a period: a dementia group's day session is handled on the group's day page
 * (programme, observations), so the activity list leaves it out.
 */
export function listSessionViews(db: Executor, from: string, to: string) {
  return db.select(withCounts).from(sessions).where(and(between(sessions.date, from, to), eq(sessions.kind, 'activity'))).orderBy(asc(sessions.date), asc(sessions.startTime)).all();
}

export function insertSession(db: Executor, row: NewSessionRow): SessionRow {
  return db.insert(sessions).values(row).returning().get();
}

export function updateSession(db: Executor, id: number, patch: Partial<NewSessionRow>): SessionRow | undefined {
  return db.update(sessions).set(patch).where(eq(sessions.id, id)).returning().get();
}

export function insertSeries(db: Executor, row: typeof sessionSeries.$inferInsert) {
  return db.insert(sessionSeries).values(row).returning().get();
}

export function listParticipants(db: Executor, sessionId: number) {
  return db
    .select({ clientId: clients.id, firstName: clients.firstName, lastName: clients.lastName, status: sessionParticipants.status })
    .from(sessionParticipants)
    .innerJoin(clients, eq(clients.id, sessionParticipants.clientId))
    .where(eq(sessionParticipants.sessionId, sessionId))
    .all();
}

export function findParticipant(db: Executor, sessionId: number, clientId: number): ParticipantRow | undefined {
  return db
    .select()
    .from(sessionParticipants)
    .where(and(eq(sessionParticipants.sessionId, sessionId), eq(sessionParticipants.clientId, clientId)))
    .get();
}

export function insertParticipant(db: Executor, row: typeof sessionParticipants.$inferInsert): ParticipantRow {
  return db.insert(sessionParticipants).values(row).returning().get();
}

export function updateParticipant(db: Executor, id: number, patch: Partial<ParticipantRow>): ParticipantRow | undefined {
  return db.update(sessionParticipants).set(patch).where(eq(sessionParticipants.id, id)).returning().get();
}

export function deleteParticipant(db: Executor, id: number): void {
  db.delete(sessionParticipants).where(eq(sessionParticipants.id, id)).run();
}

/** Every session a client is or was in, newest first, with the activity. */
export function sessionsOfClient(db: Executor, clientId: number) {
  return db
    .select({
      sessionId: sessions.id,
      date: sessions.date,
      startTime: sessions.startTime,
      endTime: sessions.endTime,
      status: sessionParticipants.status,
      activity: activities,
    })
    .from(sessionParticipants)
    .innerJoin(sessions, eq(sessions.id, sessionParticipants.sessionId))
    .leftJoin(activities, eq(activities.id, sessions.activityId))
    .where(eq(sessionParticipants.clientId, clientId))
    .orderBy(desc(sessions.date), desc(sessions.startTime))
    .all();
}

export function findClientName(db: Executor, clientId: number) {
  return db.select({ id: clients.id, firstName: clients.firstName, lastName: clients.lastName }).from(clients).where(eq(clients.id, clientId)).get();
}

export function countParticipants(db: Executor, sessionId: number): number {
  return db.select({ n: count() }).from(sessionParticipants).where(eq(sessionParticipants.sessionId, sessionId)).get()?.n ?? 0;
}

/** Every active client, for a session's "add participant" list (someone may come only for this activity). */
export function activeClientNames(db: Executor) {
  return db
    .select({ clientId: clients.id, firstName: clients.firstName, lastName: clients.lastName, searchKey: clients.searchKey })
    .from(clients)
    .where(eq(clients.status, 'active'))
    .all();
}
