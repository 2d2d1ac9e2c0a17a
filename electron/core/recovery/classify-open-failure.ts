import fs from 'node:fs';
import { DatabaseTooNewError } from '#db/errors';
import { DatabaseDamagedError } from '#db/integrity';
import type { OpenFailureKind } from '#shared/contract/recovery';

/** SQLite's extended codes (`SQLITE_IOERR_SHORT_READ`) start with their primary one; Node's errno codes are exact. */
const byCode: [RegExp, OpenFailureKind][] = [
  [/^SQLITE_(CORRUPT|NOTADB|IOERR_SHORT_READ)/, 'corrupt'],
  [/^(SQLITE_(BUSY|LOCKED)|EBUSY$)/, 'locked'],
  [/^(SQLITE_FULL|ENOSPC$|EDQUOT$)/, 'disk-full'],
  [/^(SQLITE_(READONLY|CANTOPEN|PERM|AUTH)|EACCES$|EPERM$|EROFS$)/, 'read-only'],
];

/** Below this much free space SQLite cannot make its -wal and -shm files, whatever code it reports. */
const nearlyFullBytes = 1024 * 1024;

function freeBytes(folder: string): number | null {
  try {
    const stats = fs.statfsSync(folder);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

function codeOf(error: unknown): string {
  return error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
}

/**
 * Why opening the database failed, as one of a few kinds the recovery page explains. Damage and locks
 * are told by their codes. A full disk is not: SQLite reports it as SQLITE_FULL only when a page write
 * fails, and as an I/O error (SQLITE_IOERR_SHMSIZE) or SQLITE_CANTOPEN when the -shm or -wal cannot be
 * made, so the folder's free space is asked before the remaining codes.
 */
export function classifyOpenFailure(error: unknown, dataDir: string, free = freeBytes): OpenFailureKind {
  if (error instanceof DatabaseTooNewError) return 'too-new';
  if (error instanceof DatabaseDamagedError) return 'corrupt';
  const code = codeOf(error);
  const kind = byCode.find(([pattern]) => pattern.test(code))?.[1];
  if (kind === 'corrupt' || kind === 'locked' || kind === 'disk-full') return kind;
  const space = free(dataDir);
  if (space !== null && space < nearlyFullBytes) return 'disk-full';
  return kind ?? 'unknown';
}
