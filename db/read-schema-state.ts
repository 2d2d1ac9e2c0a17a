import fs from 'node:fs';
import Database from 'better-sqlite3';

export interface AppliedMigration {
  hash: string;
  createdAt: number;
}

/** What a database file says about the migrations applied to it. */
export interface SchemaState {
  userVersion: number;
  migrations: AppliedMigration[];
}

function read(sqlite: Database.Database): SchemaState {
  const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  const migrations = hasTable
    ? (sqlite.prepare('SELECT hash, created_at AS createdAt FROM __drizzle_migrations').all() as AppliedMigration[])
    : [];
  return { userVersion, migrations: migrations.map((m) => ({ hash: m.hash, createdAt: Number(m.createdAt) })) };
}

/**
 * Reads the schema state of `file` without changing anything beside it: null for a file not there yet.
 * A read-only connection to a WAL database creates -wal and -shm files, so unless a -wal is already
 * there (the file is open elsewhere, or was not closed cleanly) read an in-memory copy instead.
 */
export function readSchemaState(file: string, nativeBinding?: string): SchemaState | null {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return null;
  const options = nativeBinding ? { nativeBinding } : {};
  let sqlite: Database.Database;
  if (fs.existsSync(`${file}-wal`)) {
    sqlite = new Database(file, { ...options, readonly: true, fileMustExist: true });
  } else {
    const copy = fs.readFileSync(file);
    // An in-memory database cannot be in WAL mode; header bytes 18-19 = 1 mark the copy as rollback-journal.
    if (copy.length >= 20) copy.fill(1, 18, 20);
    sqlite = new Database(copy, { ...options, readonly: true });
  }
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}
