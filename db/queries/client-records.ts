import { asc, desc, eq, getTableColumns } from 'drizzle-orm';
import { clientAssessments, clientConsents, clientRelatives } from '../schema/client-records';
import { staff } from '../schema/staff';
import type { Executor } from '../client';

export type RelativeRow = typeof clientRelatives.$inferSelect;
export type ConsentRow = typeof clientConsents.$inferSelect;
export type AssessmentRow = typeof clientAssessments.$inferSelect;

export function listRelatives(db: Executor, clientId: number): RelativeRow[] {
  return db.select().from(clientRelatives).where(eq(clientRelatives.clientId, clientId)).orderBy(asc(clientRelatives.priority), asc(clientRelatives.id)).all();
}
export function findRelative(db: Executor, id: number): RelativeRow | undefined {
  return db.select().from(clientRelatives).where(eq(clientRelatives.id, id)).get();
}
export function insertRelative(db: Executor, row: typeof clientRelatives.$inferInsert): RelativeRow {
  return db.insert(clientRelatives).values(row).returning().get();
}
export function updateRelative(db: Executor, id: number, patch: Partial<typeof clientRelatives.$inferInsert>): RelativeRow {
  const row = db.update(clientRelatives).set(patch).where(eq(clientRelatives.id, id)).returning().get();
  if (!row) throw new Error(`relative ${id} vanished during update`);
  return row;
}
export function deleteRelative(db: Executor, id: number): void {
  db.delete(clientRelatives).where(eq(clientRelatives.id, id)).run();
}

export function listConsents(db: Executor, clientId: number): ConsentRow[] {
  return db.select().from(clientConsents).where(eq(clientConsents.clientId, clientId)).orderBy(asc(clientConsents.kind), desc(clientConsents.givenOn)).all();
}
export function findConsent(db: Executor, id: number): ConsentRow | undefined {
  return db.select().from(clientConsents).where(eq(clientConsents.id, id)).get();
}
export function insertConsent(db: Executor, row: typeof clientConsents.$inferInsert): ConsentRow {
  return db.insert(clientConsents).values(row).returning().get();
}
export function updateConsent(db: Executor, id: number, patch: Partial<typeof clientConsents.$inferInsert>): ConsentRow {
  const row = db.update(clientConsents).set(patch).where(eq(clientConsents.id, id)).returning().get();
  if (!row) throw new Error(`consent ${id} vanished during update`);
  return row;
}
export function deleteConsent(db: Executor, id: number): void {
  db.delete(clientConsents).where(eq(clientConsents.id, id)).run();
}

/** An assessment with the name of whoever voided it, if anyone did. */
export type AssessmentView = AssessmentRow & { voidedByName: string | null };
const assessmentView = { ...getTableColumns(clientAssessments), voidedByName: staff.fullName };

/** The whole history, newest first, voided assessments included (the card strikes them through). */
export function listAssessments(db: Executor, clientId: number): AssessmentView[] {
  return db
    .select(assessmentView)
    .from(clientAssessments)
    .leftJoin(staff, eq(staff.id, clientAssessments.voidedBy))
    .where(eq(clientAssessments.clientId, clientId))
    .orderBy(desc(clientAssessments.assessedOn), desc(clientAssessments.id))
    .all();
}
export function findAssessment(db: Executor, id: number): AssessmentView | undefined {
  return db.select(assessmentView).from(clientAssessments).leftJoin(staff, eq(staff.id, clientAssessments.voidedBy)).where(eq(clientAssessments.id, id)).get();
}
export function updateAssessment(db: Executor, id: number, patch: Partial<typeof clientAssessments.$inferInsert>): AssessmentRow {
  const row = db.update(clientAssessments).set(patch).where(eq(clientAssessments.id, id)).returning().get();
  if (!row) throw new Error(`assessment ${id} vanished during update`);
  return row;
}
export function insertAssessment(db: Executor, row: typeof clientAssessments.$inferInsert): AssessmentRow {
  return db.insert(clientAssessments).values(row).returning().get();
}
