import fs from 'node:fs';
import { readSchemaState } from '#db/read-schema-state';
import { assertNotNewer, readKnownMigrations } from '#db/version-guard';
import { conflict } from '../app-error';
import { localStamp } from '../backup/backup-names';
import { swapInBackup } from '../backup/swap-database-file';
import { verifyNewBackup } from '../backup/verify-backup';
import type { FoundBackup } from './backup-listing';

export interface RestoreOptions {
  databaseFile: string;
  backup: FoundBackup;
  migrationsFolder: string;
  nativeBinding?: string;
  now: () => Date;
}

/** A CareDesk database this program can open, whole; else the restore stops before touching anything. */
function verify(copy: string, migrationsFolder: string, nativeBinding?: string): void {
  try {
    const state = readSchemaState(copy, nativeBinding);
    if (!state || state.userVersion === 0) throw new Error('not a CareDesk database');
    assertNotNewer(state, readKnownMigrations(migrationsFolder));
    verifyNewBackup(copy, nativeBinding);
  } catch {
    throw conflict('recovery.backupUnusable');
  }
}

/** A name no earlier restore took: a damaged file kept aside is never overwritten. */
function damagedName(databaseFile: string, stamp: string): string {
  let name = `${databaseFile}.damaged-${stamp}`;
  for (let n = 2; fs.existsSync(name); n += 1) name = `${databaseFile}.damaged-${stamp}-${n}`;
  return name;
}

/**
 * Puts a backup in the damaged database's place. The backup is copied into the data folder and the
 * copy is checked, never the original: a backup on a write-protected USB disk cannot be opened where
 * it lies, and the copy is what will be used. Then the damaged file and its -wal/-shm are renamed
 * aside (kept, never deleted: they may still hold the morning's records) and the copy takes its place.
 */
export function restoreBackup({ databaseFile, backup, migrationsFolder, nativeBinding, now }: RestoreOptions): { keptAside: string } {
  const stamp = localStamp(now());
  const incoming = `${databaseFile}.checking-${stamp}`;
  try {
    fs.copyFileSync(backup.fullPath, incoming);
    verify(incoming, migrationsFolder, nativeBinding);
    const keptAside = damagedName(databaseFile, stamp);
    swapInBackup(databaseFile, incoming, keptAside);
    return { keptAside };
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${incoming}${suffix}`, { force: true });
  }
}
