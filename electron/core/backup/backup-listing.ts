import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry } from '#shared/contract/backups';
import type { NamedBackup } from './backup-names';
import { readBackupCounts, type BackupCounts } from './verify-backup';

/**
 * The list's rows. Counts are read from each backup (they were checked when it was written), and kept
 * per file, size and time, so opening the page again does not reopen dozens of files on a slow share.
 */
export function backupListing(nativeBinding?: string) {
  const known = new Map<string, { stamp: string; counts: BackupCounts }>();
  return (folder: string, backups: readonly NamedBackup[]): BackupEntry[] =>
    backups.flatMap((backup) => {
      const file = path.join(folder, backup.file);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        return []; // rotated away between the listing and now
      }
      const stamp = `${stat.size}:${stat.mtimeMs}`;
      let counts = known.get(file)?.stamp === stamp ? known.get(file)?.counts : undefined;
      if (!counts) {
        try {
          counts = readBackupCounts(file, nativeBinding);
        } catch {
          counts = { clients: null, attendance: null };
        }
        known.set(file, { stamp, counts });
      }
      return [{ file: backup.file, kind: backup.kind, at: backup.at.toISOString(), bytes: stat.size, ...counts }];
    });
}
