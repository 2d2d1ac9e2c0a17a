import { and, asc, between, eq } from 'drizzle-orm';
import type { Executor } from '../client';
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
