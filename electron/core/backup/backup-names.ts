import { backupFilePattern, backupKinds, type BackupKind } from '#shared/contract/backups';

/**
 * The agreed names (another engineer's start-up recovery page reads them without the database):
 * `caredesk-<YYYYMMDD>-<HHMMSS>-<kind>.sqlite` in local time, first written as `<name>.partial` and
 * renamed only once verified, so a file with the final name is always a good backup.
 */
export const partialSuffix = '.partial';

export interface NamedBackup {
  file: string;
  kind: BackupKind;
  /** The local time in the name. */
  at: Date;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Local date and time as `YYYYMMDD-HHMMSS`: what the people at the centre read on the USB disk. */
export function localStamp(at: Date): string {
  const date = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}`;
  return `${date}-${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
}

export function backupFileName(at: Date, kind: BackupKind): string {
  return `caredesk-${localStamp(at)}-${kind}.sqlite`;
}

/** The backup a file name stands for, or null for any other file (partials included). */
export function parseBackupName(file: string): NamedBackup | null {
  const match = backupFilePattern.exec(file);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, kind] = match.map(String) as [string, string, string, string, string, string, string, string];
  const at = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // 20261399 would roll into the next year: only a real date names a backup.
  if (at.getMonth() !== Number(mo) - 1 || at.getDate() !== Number(d) || at.getHours() !== Number(h)) return null;
  if (!(backupKinds as readonly string[]).includes(kind)) return null;
  return { file, kind: kind as BackupKind, at };
}

/** A partial file of ours (left by a crash or a failed check), which may be cleaned away. */
export function isPartialBackup(file: string): boolean {
  return file.endsWith(partialSuffix) && parseBackupName(file.slice(0, -partialSuffix.length)) !== null;
}

/** Newest first; the name's second ties broken by the name, so the order never depends on the folder listing. */
export function newestFirst<T extends NamedBackup>(backups: readonly T[]): T[] {
  return [...backups].sort((a, b) => b.at.getTime() - a.at.getTime() || b.file.localeCompare(a.file));
}
