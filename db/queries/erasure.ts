import type { Db } from '../client';
import { prepared } from '../prepared';
import { clientErasures, erasedClientStats } from '../schema/erasure';

/** What `changes` of an audit row about an erased client becomes (the trigger of migration client_erasure allows only this). */
export const erasedChanges = JSON.stringify({ before: null, after: { erased: true } });

interface Reference {
  child: string;
  column: string;
  parentColumn: string;
  notNull: number;
}

/** Every column of every table that points at `parent`, read from the schema as it is now. */
const referencesSql = `
SELECT m.name AS child, f."from" AS "column", coalesce(f."to", 'rowid') AS parentColumn, i."notnull" AS "notNull"
FROM sqlite_master m
JOIN pragma_foreign_key_list(m.name) f
JOIN pragma_table_info(m.name) i ON i.name = f."from"
WHERE m.type = 'table' AND f."table" = ?`;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Removes rows of `table` and, first, whatever points at them, following the foreign keys the schema
 * has today, so a table a later release adds (observations, loans) is covered without a change here.
 * A row that must have its parent (NOT NULL key) is about it and goes; a nullable key is cleared.
 * Returns how many rows went.
 */
function removeWhere(db: Db, table: string, where: string, params: unknown[], depth = 0): number {
  if (depth > 8) throw new Error('foreign keys nest deeper than an erasure follows');
  let removed = 0;
  for (const ref of prepared(db, referencesSql).all(table) as Reference[]) {
    if (ref.child === table) continue;
    const pointing = `${quote(ref.column)} IN (SELECT ${quote(ref.parentColumn)} FROM ${quote(table)} WHERE ${where})`;
    if (ref.notNull) removed += removeWhere(db, ref.child, pointing, params, depth + 1);
    else db.$client.prepare(`UPDATE ${quote(ref.child)} SET ${quote(ref.column)} = NULL WHERE ${pointing}`).run(...params);
  }
  return removed + db.$client.prepare(`DELETE FROM ${quote(table)} WHERE ${where}`).run(...params).changes;
}

/** The client's row and every row that depends on it, in every table. */
export function removeClientRows(db: Db, clientId: number): number {
  return removeWhere(db, 'clients', 'id = ?', [clientId]);
}

export function recordErasure(db: Db, row: typeof clientErasures.$inferInsert, stats: Omit<typeof erasedClientStats.$inferInsert, 'erasureId'>) {
  const erasure = db.insert(clientErasures).values(row).returning().get();
  db.insert(erasedClientStats).values({ ...stats, erasureId: erasure.id }).run();
  return erasure;
}

/** Lists the rows for the trigger, then replaces their `changes`; the other columns keep the trail's shape. */
export function redactAuditRows(db: Db, auditIds: readonly number[], erasureId: number): void {
  const list = prepared(db, 'INSERT INTO audit_redactions (audit_id, erasure_id) VALUES (?, ?)');
  const redact = prepared(db, 'UPDATE audit_log SET changes = ? WHERE id = ?');
  for (const id of auditIds) {
    list.run(id, erasureId);
    redact.run(erasedChanges, id);
  }
}

/** Present and absent days per month, and the services held: what the statistics keep. */
export function statsSource(db: Db, clientId: number) {
  const months = prepared(
    db,
    `SELECT substr(date, 1, 7) AS month, sum(status = 'present') AS present, sum(status = 'absent') AS absent
     FROM attendance WHERE client_id = ? GROUP BY month ORDER BY month`,
  ).all(clientId) as { month: string; present: number; absent: number }[];
  const services = prepared(db, 'SELECT DISTINCT service FROM service_decisions WHERE client_id = ? ORDER BY service').pluck().all(clientId) as string[];
  return { daysByMonth: Object.fromEntries(months.map(({ month, present, absent }) => [month, { present, absent }])), services };
}

/**
 * Rebuilds the file so deleted rows leave no bytes in free pages, then empties the WAL. Outside any
 * transaction (SQLite refuses VACUUM inside one); false when another connection kept it from running,
 * in which case `secure_delete` during the erasure has already zeroed the freed space.
 */
export function compactDatabase(db: Db): boolean {
  try {
    db.$client.exec('VACUUM');
    const [checkpoint] = db.$client.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return !checkpoint || checkpoint.busy === 0;
  } catch {
    return false;
  }
}
