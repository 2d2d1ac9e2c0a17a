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

const secretByKey = new Map<string, boolean>();
/** Whether a field holds a secret; the same few field names come by on every write, so the answer is kept. */
function isSecret(key: string): boolean {
  let secret = secretByKey.get(key);
  if (secret === undefined) {
    secret = secretKey.test(key);
    secretByKey.set(key, secret);
  }
  return secret;
}

function withoutSecrets(row: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(row)) if (!isSecret(key)) kept[key] = row[key];
  return kept;
}

/**
 * Drops secrets and, for updates, the fields that did not change (a day's observation save writes fifteen
 * of these, so it is one pass over the fields rather than copies of the rows).
 */
export function auditChanges(entry: AuditEntry): string | null {
  const { before, after } = entry;
  if (!before || !after) return before || after ? JSON.stringify({ before: before ? withoutSecrets(before) : null, after: after ? withoutSecrets(after) : null }) : null;
  const was: Record<string, unknown> = {};
  const is: Record<string, unknown> = {};
  const compare = (key: string) => {
    if (isSecret(key) || sameValue(before[key], after[key])) return;
    was[key] = before[key] ?? null;
    is[key] = after[key] ?? null;
  };
  for (const key of Object.keys(before)) compare(key);
  for (const key of Object.keys(after)) if (!Object.hasOwn(before, key)) compare(key);
  return JSON.stringify({ before: was, after: is });
}

export interface WriteOptions {
  /**
   * `BEGIN IMMEDIATE`: the write lock is taken before the change's first read, so its checks and its
   * writes see the same database even when another process writes at the same moment (bookings, loans).
   */
  immediate?: boolean;
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
  { immediate = false }: WriteOptions = {},
): T {
  return inTransaction(db, immediate, () => {
    const entries: AuditEntry[] = [];
    // The connection itself is the executor: better-sqlite3 runs every statement on it, in this transaction.
    const result = change(db, (entry) => entries.push(entry));
    if (entries.length === 0) throw new Error(`write ${actor.method} recorded no audit entry`);
    insertAuditRows(db, actor, entries, now().toISOString());
    return result;
  });
}

const auditBatch = 16;
/** The INSERT of 1 to 16 audit rows, written out once: the hot path only picks one. */
const auditInsertSql = Array.from(
  { length: auditBatch + 1 },
  (_, rows) => `INSERT INTO audit_log (at, staff_id, method, entity, entity_id, changes) VALUES ${Array(rows).fill('(?, ?, ?, ?, ?, ?)').join(', ')}`,
);

/**
 * Every write pays for its audit rows, so they go in through statements prepared once per connection
 * (not built by drizzle each time), up to 16 rows per statement: a day's observations or a month's
 * closing write many at once, and one multi-row INSERT costs less than a statement per row.
 */
function insertAuditRows(db: Db, actor: AuditActor, entries: readonly AuditEntry[], at: string): void {
  for (let start = 0; start < entries.length; start += auditBatch) {
    const chunk = entries.slice(start, start + auditBatch);
    const values: unknown[] = [];
    for (const entry of chunk) values.push(at, actor.staffId, actor.method, entry.entity, entry.entityId == null ? null : String(entry.entityId), auditChanges(entry));
    prepared(db, auditInsertSql[chunk.length]!).run(...values);
  }
}

/**
 * BEGIN … COMMIT with prepared statements: drizzle's `transaction()` builds a transaction object and
 * better-sqlite3 wrapper functions on every call, which cost more than the commit itself on a fast disk
 * (bench: check-in). Inside an outer transaction (the demo seeding) it nests as a savepoint.
 */
function inTransaction<T>(db: Db, immediate: boolean, work: () => T): T {
  const nested = db.$client.inTransaction;
  prepared(db, nested ? 'SAVEPOINT write_with_audit' : immediate ? 'BEGIN IMMEDIATE' : 'BEGIN').run();
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
