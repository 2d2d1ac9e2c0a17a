import Database from 'better-sqlite3';

export interface BackupCounts {
  clients: number | null;
  attendance: number | null;
}

/** Why a backup could not be made or used, as an `errors:backups.*` key the UI translates. */
export class BackupError extends Error {
  constructor(readonly code: 'folderMissing' | 'folderNotWritable' | 'diskFull' | 'damaged' | 'failed') {
    super(`backup ${code}`);
    this.name = 'BackupError';
  }
}

/** Node's and SQLite's error codes, reduced to what the person at the centre can act on. */
export function backupErrorOf(error: unknown): BackupError {
  if (error instanceof BackupError) return error;
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return new BackupError('folderMissing');
  if (['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN'].includes(code)) return new BackupError('folderNotWritable');
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return new BackupError('diskFull');
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new BackupError('damaged');
  return new BackupError('failed');
}

function count(sqlite: Database.Database, table: 'clients' | 'attendance'): number | null {
  try {
    return (sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) ?? null;
  } catch {
    return null; // a database from before the table existed
  }
}

function checked(sqlite: Database.Database): BackupCounts {
  const result = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  if (result.length !== 1 || result[0]?.integrity_check !== 'ok') throw new BackupError('damaged');
  return { clients: count(sqlite, 'clients'), attendance: count(sqlite, 'attendance') };
}

/**
 * Opens a freshly written copy, makes it a plain rollback-journal file (the online backup copies the
 * source's WAL flag; a WAL file cannot be opened read-only without its -shm beside it), and checks it
 * page by page. Throws `damaged` when SQLite finds anything wrong.
 */
export function verifyNewBackup(file: string, nativeBinding?: string): BackupCounts {
  const sqlite = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    sqlite.pragma('journal_mode = DELETE');
    return checked(sqlite);
  } finally {
    sqlite.close();
  }
}

/** Checks a backup already in the folder without changing it: before a restore, and for the list's counts. */
export function verifyExistingBackup(file: string, nativeBinding?: string): BackupCounts {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return checked(sqlite);
  } finally {
    sqlite.close();
  }
}

/** The row counts alone (the list shows them); a full check of every backup on every listing would be slow. */
export function readBackupCounts(file: string, nativeBinding?: string): BackupCounts {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return { clients: count(sqlite, 'clients'), attendance: count(sqlite, 'attendance') };
  } finally {
    sqlite.close();
  }
}
