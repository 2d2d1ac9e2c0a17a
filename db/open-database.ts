import Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { wrapDrizzle, type Db } from './client';
import { readSchemaState } from './read-schema-state';
import { assertUsable } from './integrity';
import { assertNotNewer, readKnownMigrations } from './version-guard';
import { refreshSearchKeys } from './search-keys';

export interface OpenDatabaseOptions {
  /** A file path, or ':memory:' for tests. */
  file: string;
  migrationsFolder: string;
  /** better-sqlite3 built for another ABI (Electron); see scripts/electron-native.mjs. */
  nativeBinding?: string;
  now?: () => Date;
}

export interface OpenedDatabase {
  db: Db;
  /** Path of the copy taken before pending migrations ran, if any. */
  backupFile: string | null;
  schemaVersion: number;
  close(): void;
}

/**
 * Opens the database the way every caller must: the newer-version guard first, on a read that changes
 * nothing (even `journal_mode = WAL` rewrites the header), then pragmas, a copy aside, the pending
 * migrations, then search keys recomputed where the canonical form changed (search-keys.ts).
 * `user_version` holds how many migrations were applied.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const inMemory = options.file === ':memory:';
  const knownMigrations = readKnownMigrations(options.migrationsFolder);
  const known = knownMigrations.count;
  const state = inMemory ? null : readSchemaState(options.file, options.nativeBinding);
  if (state) assertNotNewer(state, knownMigrations);

  const sqlite = new Database(options.file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    if (!inMemory) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');

    const found = sqlite.pragma('user_version', { simple: true }) as number;
    if (!inMemory) assertUsable(sqlite, found);

    let backupFile: string | null = null;
    if (found > 0 && found < known && !inMemory) {
      const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
      backupFile = `${options.file}.before-v${known}-${stamp}.bak`;
      // VACUUM INTO writes a consistent copy even with the WAL in use.
      sqlite.prepare('VACUUM INTO ?').run(backupFile);
    }

    const db = wrapDrizzle(sqlite);
    if (found < known) {
      migrate(db, { migrationsFolder: options.migrationsFolder });
      sqlite.pragma(`user_version = ${known}`);
    }
    refreshSearchKeys(sqlite);
    return { db, backupFile, schemaVersion: known, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
