import { and, count, eq, gt } from 'drizzle-orm';
import { staff, staffSession } from '../schema/staff';
import type { Executor } from '../client';

export type StaffRow = typeof staff.$inferSelect;
export type NewStaffRow = typeof staff.$inferInsert;

export function findStaffByUsername(db: Executor, username: string): StaffRow | undefined {
  return db.select().from(staff).where(eq(staff.username, username)).get();
}

export function findStaffById(db: Executor, id: number): StaffRow | undefined {
  return db.select().from(staff).where(eq(staff.id, id)).get();
}

export function insertStaff(db: Executor, row: NewStaffRow): StaffRow {
  return db.insert(staff).values(row).returning().get();
}

export function updateStaff(db: Executor, id: number, patch: Partial<NewStaffRow>): StaffRow {
  const row = db.update(staff).set(patch).where(eq(staff.id, id)).returning().get();
  if (!row) throw new Error(`staff ${id} vanished during update`);
  return row;
}

export function countStaff(db: Executor): number {
  return db.select({ n: count() }).from(staff).get()?.n ?? 0;
}

export function insertSession(db: Executor, row: typeof staffSession.$inferInsert): void {
  db.insert(staffSession).values(row).run();
}

/** The active staff member behind a session token hash, if the session has not expired. */
export function findSessionStaff(db: Executor, tokenHash: string, nowIso: string): StaffRow | undefined {
  return db
    .select({ staff })
    .from(staffSession)
    .innerJoin(staff, eq(staff.id, staffSession.staffId))
    .where(and(eq(staffSession.tokenHash, tokenHash), gt(staffSession.expiresAt, nowIso), eq(staff.active, true)))
    .get()?.staff;
}

export function deleteSession(db: Executor, tokenHash: string): void {
  db.delete(staffSession).where(eq(staffSession.tokenHash, tokenHash)).run();
}
