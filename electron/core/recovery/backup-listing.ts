import fs from 'node:fs';
import path from 'node:path';
import { preMigrationCopyPattern, type RestorableBackup } from '#shared/contract/recovery';
import { listBackupFiles } from '../backup/backup-folder';
import { readBackupSettings } from '../backup/backup-settings-file';

export interface FoundBackup extends RestorableBackup {
  /** Where it is on disk; never sent to the page, which names a backup by `file` alone. */
  fullPath: string;
}

/** From `backup-settings.json`, read without the database: the database is what is broken. */
export function backupFolderOf(dataDir: string): string {
  return readBackupSettings(dataDir).folder;
}

function sized(fullPath: string): number | null {
  try {
    const stats = fs.statSync(fullPath);
    return stats.isFile() ? stats.size : null;
  } catch {
    return null; // gone since the listing (rotation, an unplugged disk)
  }
}

/** `…before-v12-2026-11-21T08-30-00-000Z.bak`: `toISOString()` with `:` and `.` made `-`; else the file's time. */
function copyTakenAt(file: string, fullPath: string): string {
  const [, day, h, m, s, ms] = /-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.bak$/.exec(file) ?? [];
  const stamp = day ? new Date(`${day}T${h}:${m}:${s}.${ms}Z`) : new Date(NaN);
  return (Number.isNaN(stamp.getTime()) ? fs.statSync(fullPath).mtime : stamp).toISOString();
}

function filesIn(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch {
    return [];
  }
}

/**
 * The backups a damaged database can be replaced with, newest first: the verified ones in the backup
 * folder (partial files are never listed) and the pre-migration copies an older CareDesk left beside
 * the database.
 */
export function listBackups(dataDir: string): FoundBackup[] {
  const found: FoundBackup[] = [];
  const folder = backupFolderOf(dataDir);
  for (const backup of listBackupFiles(folder)) {
    const fullPath = path.join(folder, backup.file);
    const bytes = sized(fullPath);
    if (bytes !== null) found.push({ file: backup.file, kind: backup.kind, at: backup.at.toISOString(), bytes, fullPath });
  }
  for (const file of filesIn(dataDir).filter((name) => preMigrationCopyPattern.test(name))) {
    const fullPath = path.join(dataDir, file);
    const bytes = sized(fullPath);
    if (bytes !== null) found.push({ file, kind: 'pre-migration', at: copyTakenAt(file, fullPath), bytes, fullPath });
  }
  return found.sort((a, b) => b.at.localeCompare(a.at) || b.file.localeCompare(a.file));
}
