import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName } from './backup-names';
import { backupsStale, dailyBackupDue, retryAfterMs, staleAfterMs } from './schedule';

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m);
const backup = (date: Date, kind: 'daily' | 'manual' | 'monthly') => parseBackupName(backupFileName(date, kind))!;

describe('when the daily backup is due', () => {
  it('is due until an automatic backup of today is in the folder', () => {
    expect(dailyBackupDue([], at(23, 8), null)).toBe(true);
    expect(dailyBackupDue([backup(at(22, 23, 59), 'daily')], at(23, 0, 1), null)).toBe(true);
    expect(dailyBackupDue([backup(at(23, 8), 'monthly')], at(23, 17), null)).toBe(false);
  });

  it('is not satisfied by a backup someone made by hand', () => {
    expect(dailyBackupDue([backup(at(23, 8), 'manual')], at(23, 9), null)).toBe(true);
  });

  it('waits an hour after a failure before trying again', () => {
    const failed = at(23, 8);
    expect(dailyBackupDue([], new Date(failed.getTime() + retryAfterMs - 1), failed)).toBe(false);
    expect(dailyBackupDue([], new Date(failed.getTime() + retryAfterMs), failed)).toBe(true);
  });
});

describe('when the home page warns', () => {
  const now = at(23, 12);
  it('warns when the newest good backup is older than two days', () => {
    expect(backupsStale(new Date(now.getTime() - staleAfterMs), null, now)).toBe(false);
    expect(backupsStale(new Date(now.getTime() - staleAfterMs - 1), null, now)).toBe(true);
  });

  it('does not warn a centre set up today, and warns one set up long ago that has none', () => {
    expect(backupsStale(null, at(23, 9), now)).toBe(false);
    expect(backupsStale(null, at(1, 9), now)).toBe(true);
    expect(backupsStale(null, null, now)).toBe(false);
  });
});
