import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseTooNewError } from './errors';
import type { SchemaState } from './read-schema-state';

/** The migrations this program ships, keyed by the journal's `when` (drizzle's `created_at`). */
export interface KnownMigrations {
  count: number;
  hashesByCreatedAt: Map<number, Set<string>>;
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

export function readKnownMigrations(migrationsFolder: string): KnownMigrations {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const hashesByCreatedAt = new Map<number, Set<string>>();
  for (const entry of journal.entries) {
    const sql = fs.readFileSync(path.join(migrationsFolder, `${entry.tag}.sql`), 'utf8');
    // drizzle hashes the file as read, so the same migration checked out with CRLF line endings (a
    // Windows build) has another hash; both are this program's.
    const lf = sql.replace(/\r\n/g, '\n');
    hashesByCreatedAt.set(entry.when, new Set([sha256(sql), sha256(lf), sha256(lf.replace(/\n/g, '\r\n'))]));
  }
  return { count: journal.entries.length, hashesByCreatedAt };
}

/**
 * Refuses a database that a program with other migrations has touched: a higher `user_version`, more
 * applied migrations than this program has, or one it does not have (drizzle would skip or rerun).
 */
export function assertNotNewer(state: SchemaState, known: KnownMigrations): void {
  const found = Math.max(state.userVersion, state.migrations.length);
  if (found > known.count) throw new DatabaseTooNewError(found, known.count);
  const unknown = state.migrations.some((m) => !known.hashesByCreatedAt.get(m.createdAt)?.has(m.hash));
  if (unknown) throw new DatabaseTooNewError(found, known.count, 'db.unknownMigrations');
}
