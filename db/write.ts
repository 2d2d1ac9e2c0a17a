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

/** Drops secrets and, for updates, the fields that did not change. */
export function auditChanges(entry: AuditEntry): string | null {
  const clean = (row: Record<string, unknown> | null | undefined) =>
    row ? Object.fromEntries(Object.entries(row).filter(([k]) => !secretKey.test(k))) : null;
  let before = clean(entry.before);
  let after = clean(entry.after);
  if (before && after) {
    const changed = Object.keys({ ...before, ...after }).filter(
      (k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]),
    );
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
  return db.transaction((tx) => {
    const entries: AuditEntry[] = [];
    const result = change(tx, (entry) => entries.push(entry));
    if (entries.length === 0) throw new Error(`write ${actor.method} recorded no audit entry`);
    const at = now().toISOString();
    // Every write pays for this row, so it is a statement prepared once per connection rather than a
    // query built by drizzle each time; it runs on the same connection, inside this transaction.
    const insertAudit = prepared(db, 'INSERT INTO audit_log (at, staff_id, method, entity, entity_id, changes) VALUES (?, ?, ?, ?, ?, ?)');
    for (const entry of entries) {
      insertAudit.run(at, actor.staffId, actor.method, entry.entity, entry.entityId == null ? null : String(entry.entityId), auditChanges(entry));
    }
    return result;
  });
}
