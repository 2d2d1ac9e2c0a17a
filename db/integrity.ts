import type Database from 'better-sqlite3';

/** Raised on open when `quick_check` finds a damaged page that opening and migrating did not read. */
export class DatabaseDamagedError extends Error {
  constructor() {
    super('database failed quick_check');
    this.name = 'DatabaseDamagedError';
  }
}

/**
 * Proves the file usable before the app relies on it, so a broken file is reported at start-up and not
 * in the middle of a check-in. `quick_check` reads every page: a damaged page of a table nobody reads on
 * open would otherwise surface hours later. Writing `user_version` back unchanged is the smallest
 * write there is; SQLite silently opens a file it may not write read-only, and this makes that, a lock
 * held by another program or a full disk fail now (SQLITE_READONLY, SQLITE_BUSY, SQLITE_FULL).
 */
export function assertUsable(sqlite: Database.Database, userVersion: number): void {
  const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') throw new DatabaseDamagedError();
  sqlite.pragma(`user_version = ${Math.trunc(userVersion)}`);
}
