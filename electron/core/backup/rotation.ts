import type { BackupKeep, BackupKind } from '#shared/contract/backups';
import { newestFirst, type NamedBackup } from './backup-names';

/**
 * Grandfather-father-son by the kind in the name: the day's automatic backup is `monthly` when it is the
 * first of its month in the folder, `weekly` when the first of its ISO week, else `daily`; rotation keeps
 * the newest N of each kind. Manual and pre-migration copies are kept too, up to a fixed number, so a
 * forgotten habit of pressing the button cannot fill a USB disk.
 */
export const keepManual = 10;
export const keepPreMigration = 10;

export const automaticKinds = ['daily', 'weekly', 'monthly'] as const satisfies readonly BackupKind[];
export type AutomaticKind = (typeof automaticKinds)[number];
export const isAutomatic = (kind: BackupKind): kind is AutomaticKind => (automaticKinds as readonly string[]).includes(kind);

/** Monday of the local week holding `at`, as a day number: two days share a week when these are equal. */
function isoWeekStart(at: Date): number {
  const monday = new Date(at.getFullYear(), at.getMonth(), at.getDate() - ((at.getDay() + 6) % 7));
  return monday.getFullYear() * 10_000 + monday.getMonth() * 100 + monday.getDate();
}
const sameMonth = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth();

/** The kind of the automatic backup to take at `now`, given what the folder already holds. */
export function automaticKindFor(existing: readonly NamedBackup[], now: Date): AutomaticKind {
  if (!existing.some((b) => b.kind === 'monthly' && sameMonth(b.at, now))) return 'monthly';
  const week = isoWeekStart(now);
  if (!existing.some((b) => (b.kind === 'weekly' || b.kind === 'monthly') && isoWeekStart(b.at) === week)) return 'weekly';
  return 'daily';
}

/** The files rotation removes: beyond the newest `keep` of each kind. Never the one just written. */
export function filesToRotate(existing: readonly NamedBackup[], keep: BackupKeep, justWritten?: string): string[] {
  const limits: Record<BackupKind, number> = { ...keep, manual: keepManual, 'pre-migration': keepPreMigration };
  return (Object.keys(limits) as BackupKind[]).flatMap((kind) =>
    newestFirst(existing.filter((b) => b.kind === kind))
      .slice(limits[kind])
      .map((b) => b.file)
      .filter((file) => file !== justWritten),
  );
}
