import type { Db } from '#db/client';
import { writeWithAudit } from '#db/write';
import type { BackupEntry, BackupKind, BackupSettings } from '#shared/contract/backups';
import type { BackupActor } from './backup-types';

/**
 * The trail of backups: each one made (by whom, or by the scheduler), each failure and each restore.
 * Only names and counts, never content. A restore is written into the restored file, naming the file
 * the previous database was kept aside as.
 */
export function auditBackupMade(db: Db, actor: BackupActor, entry: BackupEntry, now: () => Date): void {
  writeWithAudit(db, actor, (_tx, audit) => {
    audit({ entity: 'backup', entityId: entry.file, after: { kind: entry.kind, bytes: entry.bytes, clients: entry.clients, attendance: entry.attendance } });
  }, now);
}

export function auditBackupFailed(db: Db, actor: BackupActor, kind: BackupKind, problem: string, now: () => Date): void {
  writeWithAudit(db, actor, (_tx, audit) => audit({ entity: 'backup', after: { kind, problem } }), now);
}

export function auditRestore(db: Db, actor: BackupActor, file: string, keptAside: string, now: () => Date): void {
  // The restored file may not know the staff member who restored it (added after the backup).
  const known = actor.staffId !== null && db.$client.prepare('SELECT 1 FROM staff WHERE id = ?').get(actor.staffId) !== undefined;
  writeWithAudit(db, { ...actor, staffId: known ? actor.staffId : null }, (_tx, audit) => {
    audit({ entity: 'backup', entityId: file, after: { keptAside } });
  }, now);
}

const flat = (s: BackupSettings) => ({ folder: s.folder, keepDaily: s.keep.daily, keepWeekly: s.keep.weekly, keepMonthly: s.keep.monthly });

/** A settings change: the file is written inside the transaction, so a folder that cannot take it records nothing. */
export function auditSettingsChange(db: Db, actor: BackupActor, before: BackupSettings, after: BackupSettings, write: () => void, now: () => Date): void {
  writeWithAudit(db, actor, (_tx, audit) => {
    write();
    audit({ entity: 'backup_settings', before: flat(before), after: flat(after) });
  }, now);
}
