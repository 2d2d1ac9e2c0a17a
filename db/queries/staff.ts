import { and, asc, count, eq, gt, ne, sql } from 'drizzle-orm';
import { staff, staffSession } from '../schema/staff';
import type { Executor } from '../client';
import { preparedPerExecutor } from '../prepared';

export type StaffRow = typeof staff.$inferSelect;
export type NewStaffRow = typeof staff.$inferInsert;

export function findStaffByUsername(db: Executor, username: string): StaffRow | undefined {
  return db.select().from(staff).where(eq(staff.username, username)).get();
}

export function findStaffById(db: Executor, id: number): StaffRow | undefined {
  return db.select().from(staff).where(eq(staff.id, id)).get();
}

export function listStaff(db: Executor): StaffRow[] {
  return db.select().from(staff).orderBy(asc(staff.id)).all();
}

export function listActiveStaff(db: Executor): StaffRow[] {
  return db.select().from(staff).where(eq(staff.active, true)).all();
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

/** Active administrators, optionally leaving one out (the one about to be demoted or deactivated). */
export function countActiveAdministrators(db: Executor, except?: number): number {
  const conditions = [eq(staff.role, 'administrator'), eq(staff.active, true)];
  if (except !== undefined) conditions.push(ne(staff.id, except));
  return db.select({ n: count() }).from(staff).where(and(...conditions)).get()?.n ?? 0;
}

export function insertSession(db: Executor, row: typeof staffSession.$inferInsert): void {
  db.insert(staffSession).values(row).run();
}

export interface SessionRow {
  staff: StaffRow;
  createdAt: string;
  lockedAt: string | null;
}

/** The active staff member behind a session token hash, if the session has not expired. */
// Every call over HTTP and every window's IPC call looks its session up: prepared once, not built per call.
const sessionByToken = preparedPerExecutor((db: Executor) =>
  db
    .select({ staff, createdAt: staffSession.createdAt, lockedAt: staffSession.lockedAt })
    .from(staffSession)
    .innerJoin(staff, eq(staff.id, staffSession.staffId))
    .where(and(eq(staffSession.tokenHash, sql.placeholder('tokenHash')), gt(staffSession.expiresAt, sql.placeholder('nowIso')), eq(staff.active, true)))
    .prepare(),
);

export function findSession(db: Executor, tokenHash: string, nowIso: string): SessionRow | undefined {
  return sessionByToken(db).get({ tokenHash, nowIso });
}

export function setSessionLock(db: Executor, tokenHash: string, lockedAt: string | null): void {
  db.update(staffSession).set({ lockedAt }).where(eq(staffSession.tokenHash, tokenHash)).run();
}

export function deleteSession(db: Executor, tokenHash: string): void {
  db.delete(staffSession).where(eq(staffSession.tokenHash, tokenHash)).run();
}

/** Ends every session of a staff member at once (deactivation, password reset). */
export function deleteSessionsOf(db: Executor, staffId: number): number {
  return db.delete(staffSession).where(eq(staffSession.staffId, staffId)).run().changes;
}
