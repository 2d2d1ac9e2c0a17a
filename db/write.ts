import type { Db, Executor } from './client';
import { prepared } from './prepared';

export interface AuditActor {
  staffId: number | null;
  method: string;
}

export interface AuditEntry {
  entity: string;
  entityId?: string | number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export type RecordAudit = (entry: AuditEntry) => void;

const secretKey = /password|pin|token|hash/i;

/**
 * Equal as the trail would show them (a missing field shows as null); plain values are compared without
 * serialising, because every update pays for this.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if ((a ?? null) === (b ?? null)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Drops secrets and, for updates, the fields that did not change. */
export function auditChanges(entry: AuditEntry): string | null {
  const clean = (row: Record<string, unknown> | null | undefined) =>
    row ? Object.fromEntries(Object.entries(row).filter(([k]) => !secretKey.test(k))) : null;
  let before = clean(entry.before);
  let after = clean(entry.after);
  if (before && after) {
    const changed = Object.keys({ ...before, ...after }).filter((k) => !sameValue(before?.[k], after?.[k]));
    before = Object.fromEntries(changed.map((k) => [k, before?.[k] ?? null]));
    after = Object.fromEntries(changed.map((k) => [k, after?.[k] ?? null]));
  }
  return before || after ? JSON.stringify({ before, after }) : null;
}

/**
 * Runs a change and its audit records in one transaction: either both land or neither does.
 * A change that records nothing is refused, so no write can slip past the trail.
 */
export function writeWithAudit<T>(
  db: Db,
  actor: AuditActor,
  change: (tx: Executor, audit: RecordAudit) => T,
  now: () => Date = () => new Date(),
): T {
  return inTransaction(db, () => {
    const entries: AuditEntry[] = [];
    // The connection itself is the executor: better-sqlite3 runs every statement on it, in this transaction.
    const result = change(db, (entry) => entries.push(entry));
    if (entries.length === 0) throw new Error(`write ${actor.method} recorded no audit entry`);
    const at = now().toISOString();
    // Every write pays for this row, so it is a statement prepared once per connection rather than a
    // query built by drizzle each time.
    const insertAudit = prepared(db, 'INSERT INTO audit_log (at, staff_id, method, entity, entity_id, changes) VALUES (?, ?, ?, ?, ?, ?)');
    for (const entry of entries) {
      insertAudit.run(at, actor.staffId, actor.method, entry.entity, entry.entityId == null ? null : String(entry.entityId), auditChanges(entry));
    }
    return result;
  });
}

/**
 * BEGIN … COMMIT with prepared statements: drizzle's `transaction()` builds a transaction object and
 * better-sqlite3 wrapper functions on every call, which cost more than the commit itself on a fast disk
 * (bench: check-in). Inside an outer transaction (the demo seeding) it nests as a savepoint.
 */
function inTransaction<T>(db: Db, work: () => T): T {
  const nested = db.$client.inTransaction;
  prepared(db, nested ? 'SAVEPOINT write_with_audit' : 'BEGIN').run();
  try {
    const result = work();
    prepared(db, nested ? 'RELEASE write_with_audit' : 'COMMIT').run();
    return result;
  } catch (error) {
    if (db.$client.inTransaction) {
      if (nested) {
        prepared(db, 'ROLLBACK TO write_with_audit').run();
        prepared(db, 'RELEASE write_with_audit').run();
      } else prepared(db, 'ROLLBACK').run();
    }
    throw error;
  }
}
