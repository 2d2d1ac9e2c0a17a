import { describe, expect, it } from 'vitest';
import { defaultBackupKeep, type BackupKind } from '#shared/contract/backups';
import { backupFileName, parseBackupName, type NamedBackup } from './backup-names';
import { automaticKindFor, filesToRotate, keepManual } from './rotation';

const named = (at: Date, kind: BackupKind): NamedBackup => parseBackupName(backupFileName(at, kind))!;
const day = (d: number, hour = 9) => new Date(2026, 0, d, hour, 0, 0); // January 2026; the 5th is a Monday

/** A year of daily automatic backups at 09:00, each kind chosen as the scheduler would, rotated each day. */
function simulate(days: number, keep = defaultBackupKeep): NamedBackup[] {
  let folder: NamedBackup[] = [];
  for (let d = 1; d <= days; d++) {
    const at = day(d);
    const written = named(at, automaticKindFor(folder, at));
    folder.push(written);
    const gone = new Set(filesToRotate(folder, keep, written.file));
    folder = folder.filter((b) => !gone.has(b.file));
  }
  return folder;
}

describe('which kind the day’s automatic backup is', () => {
  it('is monthly first in a month, weekly first in an ISO week, daily otherwise', () => {
    expect(automaticKindFor([], day(7))).toBe('monthly');
    const monthly = named(day(1), 'monthly'); // Thursday 1 January
    expect(automaticKindFor([monthly], day(2))).toBe('daily'); // same week (Mon 29 Dec – Sun 4 Jan)
    expect(automaticKindFor([monthly], day(5))).toBe('weekly'); // Monday of the next week
    expect(automaticKindFor([monthly, named(day(5), 'weekly')], day(11))).toBe('daily'); // Sunday, same week
    expect(automaticKindFor([monthly], new Date(2026, 1, 1, 9))).toBe('monthly');
  });

  it('ignores manual and pre-migration copies', () => {
    expect(automaticKindFor([named(day(1), 'manual'), named(day(1, 8), 'pre-migration')], day(1))).toBe('monthly');
  });
});

describe('rotation', () => {
  it('keeps 14 daily, 8 weekly and 12 monthly over a long run, and the newest of each', () => {
    const folder = simulate(3 * 365);
    const count = (kind: BackupKind) => folder.filter((b) => b.kind === kind).length;
    expect([count('daily'), count('weekly'), count('monthly')]).toEqual([14, 8, 12]);
    const newest = folder.reduce((a, b) => (a.at > b.at ? a : b));
    expect(newest.at).toEqual(day(3 * 365));
  });

  it('follows the setting', () => {
    const folder = simulate(120, { daily: 3, weekly: 2, monthly: 1 });
    expect(folder.length).toBe(6);
  });

  it('keeps a bounded number of manual copies and never the one just written', () => {
    const manual = Array.from({ length: keepManual + 3 }, (_, i) => named(day(i + 1), 'manual'));
    const gone = filesToRotate(manual, defaultBackupKeep);
    expect(gone).toEqual(manual.slice(0, 3).reverse().map((b) => b.file));
    expect(filesToRotate(manual, defaultBackupKeep, manual[0]!.file)).not.toContain(manual[0]!.file);
  });
});
