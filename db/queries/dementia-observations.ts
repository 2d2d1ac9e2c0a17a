import { and, asc, between, eq } from 'drizzle-orm';
import type { Db, Executor } from '../client';
import { prepared } from '../prepared';
import { dementiaObservation } from '../schema/dementia';
import { staff } from '../schema/staff';

export type ObservationRow = typeof dementiaObservation.$inferSelect;
export type NewObservationRow = typeof dementiaObservation.$inferInsert;

const view = {
  clientId: dementiaObservation.clientId,
  date: dementiaObservation.date,
  mood: dementiaObservation.mood,
  engagement: dementiaObservation.engagement,
  appetite: dementiaObservation.appetite,
  sleepiness: dementiaObservation.sleepiness,
  behaviours: dementiaObservation.behaviours,
  helped: dementiaObservation.helped,
  note: dementiaObservation.note,
  recordedByName: staff.fullName,
  updatedAt: dementiaObservation.updatedAt,
};

export function observationsOfSession(db: Executor, sessionId: number) {
  return db.select(view).from(dementiaObservation).leftJoin(staff, eq(staff.id, dementiaObservation.recordedBy)).where(eq(dementiaObservation.sessionId, sessionId)).all();
}

export function observationRowsOfSession(db: Executor, sessionId: number): ObservationRow[] {
  return db.select().from(dementiaObservation).where(eq(dementiaObservation.sessionId, sessionId)).all();
}

export function observationHistory(db: Executor, clientId: number, from: string, to: string) {
  return db
    .select(view)
    .from(dementiaObservation)
    .leftJoin(staff, eq(staff.id, dementiaObservation.recordedBy))
    .where(and(eq(dementiaObservation.clientId, clientId), between(dementiaObservation.date, from, to)))
    .orderBy(asc(dementiaObservation.date))
    .all();
}

/** Inserts or replaces the one observation of a session participant. */
export function upsertObservation(db: Executor, row: NewObservationRow): ObservationRow {
  const { participantId: _p, ...changes } = row;
  return db.insert(dementiaObservation).values(row).onConflictDoUpdate({ target: dementiaObservation.participantId, set: changes }).returning().get();
}

/** The participants of a session by client: one prepared read for a whole day's save. */
export function participantIdsOfSession(db: Db, sessionId: number): Map<number, number> {
  const rows = prepared(db, 'SELECT client_id AS clientId, id FROM session_participants WHERE session_id = ?').all(sessionId) as { clientId: number; id: number }[];
  return new Map(rows.map((r) => [r.clientId, r.id]));
}

/** The session's observations as stored (the audit's "before"), by client. */
export function storedObservationsOfSession(db: Db, sessionId: number): Map<number, Record<string, unknown>> {
  const rows = prepared(db, 'SELECT * FROM dementia_observation WHERE session_id = ?').all(sessionId) as { client_id: number }[];
  return new Map(rows.map((r) => [r.client_id, r]));
}

export interface ObservationWrite {
  participantId: number;
  sessionId: number;
  clientId: number;
  date: string;
  mood: number | null;
  engagement: number | null;
  appetite: number | null;
  sleepiness: number | null;
  behaviours: string;
  helped: string | null;
  note: string | null;
  recordedBy: number;
  updatedAt: string;
}

/**
 * Inserts or replaces one participant's observation with a statement prepared once per connection: a
 * day's save writes fifteen of them, and drizzle's query building would cost more than the writes.
 */
export function upsertObservationFast(db: Db, row: ObservationWrite): number {
  const statement = prepared(
    db,
    `INSERT INTO dementia_observation (participant_id, session_id, client_id, date, mood, engagement, appetite, sleepiness, behaviours, helped, note, recorded_by, updated_at)
     VALUES (@participantId, @sessionId, @clientId, @date, @mood, @engagement, @appetite, @sleepiness, @behaviours, @helped, @note, @recordedBy, @updatedAt)
     ON CONFLICT (participant_id) DO UPDATE SET mood = excluded.mood, engagement = excluded.engagement, appetite = excluded.appetite,
       sleepiness = excluded.sleepiness, behaviours = excluded.behaviours, helped = excluded.helped, note = excluded.note,
       recorded_by = excluded.recorded_by, updated_at = excluded.updated_at
     RETURNING id`,
  );
  return (statement.get(row) as { id: number }).id;
}
