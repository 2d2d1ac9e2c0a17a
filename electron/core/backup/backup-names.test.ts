import { describe, expect, it } from 'vitest';
import { backupFileSchema } from '#shared/contract/backups';
import { backupFileName, isPartialBackup, localStamp, newestFirst, parseBackupName } from './backup-names';

describe('backup file names (the agreed layout)', () => {
  const at = new Date(2026, 10, 23, 7, 5, 9); // local 23 Nov 2026 07:05:09

  it('names a backup caredesk-<YYYYMMDD>-<HHMMSS>-<kind>.sqlite in local time', () => {
    expect(localStamp(at)).toBe('20261123-070509');
    expect(backupFileName(at, 'daily')).toBe('caredesk-20261123-070509-daily.sqlite');
    expect(backupFileName(at, 'pre-migration')).toBe('caredesk-20261123-070509-pre-migration.sqlite');
  });

  it('reads the time and kind back from the name, and the contract accepts the same names', () => {
    for (const kind of ['daily', 'weekly', 'monthly', 'manual', 'pre-migration'] as const) {
      const name = backupFileName(at, kind);
      expect(parseBackupName(name)).toEqual({ file: name, kind, at });
      expect(backupFileSchema.safeParse(name).success).toBe(true);
    }
  });

  it('refuses partials, impossible dates, other kinds and paths', () => {
    for (const name of [
      'caredesk-20261123-070509-daily.sqlite.partial',
      'caredesk-20261399-070509-daily.sqlite',
      'caredesk-20261123-250509-daily.sqlite',
      'caredesk-20261123-070509-hourly.sqlite',
      '../caredesk-20261123-070509-daily.sqlite',
      'caredesk.sqlite',
    ]) {
      expect(parseBackupName(name), name).toBeNull();
    }
    expect(backupFileSchema.safeParse('../caredesk-20261123-070509-daily.sqlite').success).toBe(false);
  });

  it('knows its own partial files and nobody else’s', () => {
    expect(isPartialBackup('caredesk-20261123-070509-manual.sqlite.partial')).toBe(true);
    expect(isPartialBackup('holiday-photos.partial')).toBe(false);
    expect(isPartialBackup('caredesk-20261123-070509-manual.sqlite')).toBe(false);
  });

  it('orders newest first', () => {
    const names = ['caredesk-20261122-235959-daily.sqlite', 'caredesk-20261123-070509-manual.sqlite', 'caredesk-20261001-000000-monthly.sqlite'];
    expect(newestFirst(names.map((n) => parseBackupName(n)!)).map((b) => b.file)).toEqual([names[1], names[0], names[2]]);
  });
});
