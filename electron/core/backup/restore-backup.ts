import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '#db/client';
import { readSchemaState } from '#db/read-schema-state';
import { assertNotNewer, readKnownMigrations } from '#db/version-guard';
import { conflict, notFound } from '../app-error';
import { auditRestore } from './backup-audit';
import { localStamp } from './backup-names';
import type { BackupService } from './backup-service';
import type { BackupActor } from './backup-types';
import { asideName } from './swap-database-file';
import { verifyExistingBackup } from './verify-backup';

export interface RestoreDeps {
  backups: BackupService;
  db: () => Db;
  now: () => Date;
  databaseFile: string;
  migrationsFolder: string;
  nativeBinding?: string;
  /** Closes the live database, moves it to `aside`, puts `backupFile` in its place and opens that. */
  replaceDatabase: (backupFile: string, aside: string) => void;
}

/**
 * Restores a backup of the folder: checked first (integrity, and not from a newer CareDesk) while the
 * live database is untouched; then swapped in by the core, which ends every session.
 */
export function restoreBackup(deps: RestoreDeps, file: string, actor: BackupActor): { restored: string; keptAside: string } {
  if (!deps.backups.available) throw conflict('backups.unavailable');
  if (deps.backups.running) throw conflict('backups.busy');
  const source = path.join(deps.backups.folder(), file);
  if (!fs.existsSync(source)) throw notFound('backups.notFound');
  try {
    verifyExistingBackup(source, deps.nativeBinding);
  } catch {
    throw conflict('backups.damaged');
  }
  try {
    const state = readSchemaState(source, deps.nativeBinding);
    if (state) assertNotNewer(state, readKnownMigrations(deps.migrationsFolder));
  } catch {
    throw conflict('backups.tooNew');
  }
  const aside = asideName(deps.databaseFile, localStamp(deps.now()));
  const keptAside = path.basename(aside);
  deps.replaceDatabase(source, aside);
  // Into the restored file: its trail goes on from the backup's moment, and says where the rest went.
  auditRestore(deps.db(), actor, file, keptAside, deps.now);
  return { restored: file, keptAside };
}
