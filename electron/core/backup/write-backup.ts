import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupEntry, BackupKind } from '#shared/contract/backups';
import { backupFileName, parseBackupName, partialSuffix } from './backup-names';
import { BackupError, backupErrorOf, verifyNewBackup } from './verify-backup';

export interface WriteBackupOptions {
  folder: string;
  kind: BackupKind;
  at: Date;
  /** The live connection (SQLite's online backup, so writers are not held up), or a file to copy. */
  source: { sqlite: Database.Database } | { file: string };
  nativeBinding?: string;
}

/** Pages copied per step of the online backup; between steps the event loop serves reception's calls. */
const pagesPerStep = 256;

/** A free name: two backups in the same second (a double click) must not overwrite each other. */
function freeName(folder: string, at: Date, kind: BackupKind): string {
  for (let shift = 0; ; shift++) {
    const name = backupFileName(new Date(at.getTime() + shift * 1000), kind);
    if (!fs.existsSync(path.join(folder, name)) && !fs.existsSync(path.join(folder, name + partialSuffix))) return name;
  }
}

/**
 * Writes `<name>.partial`, opens it and runs `integrity_check`, and only then renames it to its final
 * name: the folder never holds an unverified file under a backup's name. Throws a `BackupError`.
 */
export async function writeBackup(options: WriteBackupOptions): Promise<BackupEntry> {
  const { folder, kind, at } = options;
  try {
    if (!fs.statSync(folder).isDirectory()) throw new BackupError('folderMissing');
  } catch (error) {
    throw backupErrorOf(error);
  }
  const file = freeName(folder, at, kind);
  const finalPath = path.join(folder, file);
  const partialPath = finalPath + partialSuffix;
  try {
    if ('sqlite' in options.source) {
      await options.source.sqlite.backup(partialPath, { progress: () => pagesPerStep });
    } else {
      fs.copyFileSync(options.source.file, partialPath);
    }
    const counts = verifyNewBackup(partialPath, options.nativeBinding);
    fs.renameSync(partialPath, finalPath);
    // The name's time, not `at`: the list reads times from names, and a taken second moves the name on.
    const named = parseBackupName(file)?.at ?? at;
    return { file, kind, at: named.toISOString(), bytes: fs.statSync(finalPath).size, ...counts };
  } catch (error) {
    fs.rmSync(partialPath, { force: true });
    throw backupErrorOf(error);
  }
}
