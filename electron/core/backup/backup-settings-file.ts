import fs from 'node:fs';
import path from 'node:path';
import { backupKeepSchema, defaultBackupKeep, type BackupSettings } from '#shared/contract/backups';

/**
 * `<dataDir>/backup-settings.json` holds `{"folder": "<absolute path>"}` (the agreed layout: the start-up
 * recovery page reads it without opening the database, which may be the broken thing) and, beside it,
 * how many backups rotation keeps. A file outside the database also survives a restore unchanged.
 */
export const backupSettingsFileName = 'backup-settings.json';
export const defaultBackupFolder = (dataDir: string) => path.join(dataDir, 'backups');

export function readBackupSettings(dataDir: string): BackupSettings {
  const fallback = { folder: defaultBackupFolder(dataDir), keep: { ...defaultBackupKeep } };
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dataDir, backupSettingsFileName), 'utf8'));
  } catch {
    return fallback; // none yet, or unreadable: the default folder still gets backups
  }
  if (raw === null || typeof raw !== 'object') return fallback;
  const { folder, keep } = raw as { folder?: unknown; keep?: unknown };
  const parsedKeep = backupKeepSchema.safeParse(keep);
  return {
    folder: typeof folder === 'string' && path.isAbsolute(folder) ? folder : fallback.folder,
    keep: parsedKeep.success ? parsedKeep.data : fallback.keep,
  };
}

/** Written whole to a temporary file and renamed, so a crash never leaves half a settings file. */
export function writeBackupSettings(dataDir: string, settings: BackupSettings): void {
  const file = path.join(dataDir, backupSettingsFileName);
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify({ folder: settings.folder, keep: settings.keep }, null, 2)}\n`);
  fs.renameSync(temporary, file);
}
