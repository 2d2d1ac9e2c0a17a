import { and, asc, between, eq } from 'drizzle-orm';
import type { Db, Executor } from '../client';
import { prepared } from '../prepared';
import { dementiaObservation } from '../schema/dementia';
import { staff } from '../schema/staff';

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

export function observationHistory(db: Executor, clientId: number, from: string, to: string) {
  return db
    .select(view)
    .from(dementiaObservation)
    .leftJoin(staff, eq(staff.id, dementiaObservation.recordedBy))
    .where(and(eq(dementiaObservation.clientId, clientId), between(dementiaObservation.date, from, to)))
    .orderBy(asc(dementiaObservation.date))
    .all();
}

/** The participants of a session by client: one prepared read for a whole day's save. */
export function participantIdsOfSession(db: Db, sessionId: number): Map<number, number> {
  const rows = prepared(db, 'SELECT client_id AS clientId, id FROM session_participants WHERE session_id = ?').all(sessionId) as { clientId: number; id: number }[];
  return new Map(rows.map((r) => [r.clientId, r.id]));
}

/** What staff record of one participant on one day, as stored. */
interface ObservationFields {
  mood: number | null;
  engagement: number | null;
  appetite: number | null;
  sleepiness: number | null;
  /** JSON array of behaviour codes. */
  behaviours: string;
  helped: string | null;
  note: string | null;
}

export interface StoredObservation extends ObservationFields {
  id: number;
  clientId: number;
}

/** The session's observations as stored (the audit's "before"), by client. */
export function storedObservationsOfSession(db: Db, sessionId: number): Map<number, StoredObservation> {
  const rows = prepared(db, 'SELECT id, client_id AS clientId, mood, engagement, appetite, sleepiness, behaviours, helped, note FROM dementia_observation WHERE session_id = ?').all(
    sessionId,
  ) as StoredObservation[];
  return new Map(rows.map((r) => [r.clientId, r]));
}

export interface ObservationWrite extends ObservationFields {
  participantId: number;
  sessionId: number;
  clientId: number;
  date: string;
  recordedBy: number;
  updatedAt: string;
}

/**
 * Inserts or replaces one participant's observation with a statement prepared once per connection: a
 * day's save writes fifteen of them, and drizzle's query building would cost more than the writes.
 * (One multi-row upsert measured slower than fifteen of these.) `storedId` is the row's id when it exists
 * already; the new id otherwise.
 */
export function upsertObservation(db: Db, row: ObservationWrite, storedId: number | undefined): number {
  const statement = prepared(
    db,
    `INSERT INTO dementia_observation (participant_id, session_id, client_id, date, mood, engagement, appetite, sleepiness, behaviours, helped, note, recorded_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (participant_id) DO UPDATE SET mood = excluded.mood, engagement = excluded.engagement, appetite = excluded.appetite,
       sleepiness = excluded.sleepiness, behaviours = excluded.behaviours, helped = excluded.helped, note = excluded.note,
       recorded_by = excluded.recorded_by, updated_at = excluded.updated_at`,
  );
  // Positional parameters and no RETURNING: fifteen rows at a time, each name lookup and result table counts.
  const result = statement.run(row.participantId, row.sessionId, row.clientId, row.date, row.mood, row.engagement, row.appetite, row.sleepiness, row.behaviours, row.helped, row.note, row.recordedBy, row.updatedAt);
  return storedId ?? Number(result.lastInsertRowid);
}
