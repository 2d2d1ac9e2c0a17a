import { isAutomatic } from './rotation';
import type { NamedBackup } from './backup-names';

/** How often the scheduler looks whether the day's backup is due. */
export const checkEveryMs = 10 * 60_000;
/** After a failed automatic backup (USB disk away), try again this much later, not every check. */
export const retryAfterMs = 60 * 60_000;
/** The home page warns when the newest good backup is older than this. */
export const staleAfterMs = 2 * 24 * 60 * 60_000;

const sameLocalDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * Due when no automatic backup of today is in the folder. Manual ones do not count: rotation's chain
 * of daily, weekly and monthly copies must not get holes because someone pressed the button.
 */
export function dailyBackupDue(existing: readonly NamedBackup[], now: Date, lastFailureAt: Date | null): boolean {
  if (lastFailureAt && now.getTime() - lastFailureAt.getTime() < retryAfterMs) return false;
  return !existing.some((b) => isAutomatic(b.kind) && sameLocalDay(b.at, now));
}

/**
 * Whether the home page warns that backups are stale: the newest good one is older than two days, or
 * there is none in a centre set up longer ago than that (a centre set up today has nothing to lose yet).
 */
export function backupsStale(lastGoodAt: Date | null, centreSince: Date | null, now: Date): boolean {
  const since = lastGoodAt ?? centreSince;
  return since !== null && now.getTime() - since.getTime() > staleAfterMs;
}
