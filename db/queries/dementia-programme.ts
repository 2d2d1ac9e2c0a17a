import { and, asc, eq } from 'drizzle-orm';
import type { Db, Executor } from '../client';
import { prepared } from '../prepared';
import {
  dementiaGroupSession,
  dementiaProgrammeItem,
  dementiaSessionItem,
  dementiaSessionStaff,
  dementiaTemplateItem,
} from '../schema/dementia';
import { staff } from '../schema/staff';

export type ProgrammeItemRow = typeof dementiaProgrammeItem.$inferSelect;
export interface SlotRow {
  startTime: string;
  endTime: string;
  itemId: number;
  note: string | null;
}

export function listCatalogue(db: Executor): ProgrammeItemRow[] {
  return db.select().from(dementiaProgrammeItem).orderBy(asc(dementiaProgrammeItem.id)).all();
}

export function findCatalogueItem(db: Executor, id: number): ProgrammeItemRow | undefined {
  return db.select().from(dementiaProgrammeItem).where(eq(dementiaProgrammeItem.id, id)).get();
}

export function insertCatalogueItem(db: Executor, row: typeof dementiaProgrammeItem.$inferInsert): ProgrammeItemRow {
  return db.insert(dementiaProgrammeItem).values(row).returning().get();
}

export function updateCatalogueItem(db: Executor, id: number, patch: Partial<typeof dementiaProgrammeItem.$inferInsert>): ProgrammeItemRow | undefined {
  return db.update(dementiaProgrammeItem).set(patch).where(eq(dementiaProgrammeItem.id, id)).returning().get();
}

export function templateOf(db: Executor, groupId: number) {
  return db
    .select({ weekday: dementiaTemplateItem.weekday, startTime: dementiaTemplateItem.startTime, endTime: dementiaTemplateItem.endTime, itemId: dementiaTemplateItem.itemId, note: dementiaTemplateItem.note })
    .from(dementiaTemplateItem)
    .where(eq(dementiaTemplateItem.groupId, groupId))
    .orderBy(asc(dementiaTemplateItem.weekday), asc(dementiaTemplateItem.startTime), asc(dementiaTemplateItem.id))
    .all();
}

export function replaceTemplateDay(db: Executor, groupId: number, weekday: number, slots: readonly SlotRow[]): void {
  db.delete(dementiaTemplateItem).where(and(eq(dementiaTemplateItem.groupId, groupId), eq(dementiaTemplateItem.weekday, weekday))).run();
  if (slots.length) db.insert(dementiaTemplateItem).values(slots.map((s) => ({ ...s, groupId, weekday }))).run();
}

export function findGroupSession(db: Executor, groupId: number, date: string) {
  return db.select().from(dementiaGroupSession).where(and(eq(dementiaGroupSession.groupId, groupId), eq(dementiaGroupSession.date, date))).get();
}

/** The group a session belongs to: prepared once per connection, as every observation save starts here. */
export function findGroupOfSession(db: Db, sessionId: number): typeof dementiaGroupSession.$inferSelect | undefined {
  return prepared(db, 'SELECT session_id AS sessionId, group_id AS groupId, date FROM dementia_group_session WHERE session_id = ?').get(sessionId) as
    | typeof dementiaGroupSession.$inferSelect
    | undefined;
}

export function insertGroupSession(db: Executor, row: typeof dementiaGroupSession.$inferInsert): void {
  db.insert(dementiaGroupSession).values(row).run();
}

export function sessionProgramme(db: Executor, sessionId: number) {
  return db
    .select({ id: dementiaSessionItem.id, startTime: dementiaSessionItem.startTime, endTime: dementiaSessionItem.endTime, itemId: dementiaSessionItem.itemId, note: dementiaSessionItem.note })
    .from(dementiaSessionItem)
    .where(eq(dementiaSessionItem.sessionId, sessionId))
    .orderBy(asc(dementiaSessionItem.startTime), asc(dementiaSessionItem.id))
    .all();
}

export function replaceSessionProgramme(db: Executor, sessionId: number, slots: readonly SlotRow[]): void {
  db.delete(dementiaSessionItem).where(eq(dementiaSessionItem.sessionId, sessionId)).run();
  if (slots.length) db.insert(dementiaSessionItem).values(slots.map((s) => ({ ...s, sessionId }))).run();
}

export function sessionStaff(db: Executor, sessionId: number) {
  return db
    .select({ staffId: staff.id, fullName: staff.fullName })
    .from(dementiaSessionStaff)
    .innerJoin(staff, eq(staff.id, dementiaSessionStaff.staffId))
    .where(eq(dementiaSessionStaff.sessionId, sessionId))
    .orderBy(asc(staff.fullName))
    .all();
}

export function replaceSessionStaff(db: Executor, sessionId: number, staffIds: readonly number[]): void {
  db.delete(dementiaSessionStaff).where(eq(dementiaSessionStaff.sessionId, sessionId)).run();
  if (staffIds.length) db.insert(dementiaSessionStaff).values(staffIds.map((staffId) => ({ sessionId, staffId }))).run();
}
