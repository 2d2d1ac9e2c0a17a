import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '#db/client';
import { getCentre } from '#db/queries/centre';
import type { BackupEntry, BackupKind, BackupSettings, BackupStatus } from '#shared/contract/backups';
import { conflict } from '../app-error';
import { auditBackupFailed, auditBackupMade, auditSettingsChange } from './backup-audit';
import { deleteBackups, folderProblem, listBackupFiles, removeStalePartials } from './backup-folder';
import { newestFirst } from './backup-names';
import { defaultBackupFolder, readBackupSettings, writeBackupSettings } from './backup-settings-file';
import type { BackupActor } from './backup-types';
import { backupListing } from './backup-listing';
import { automaticKindFor, filesToRotate } from './rotation';
import { backupsStale, dailyBackupDue } from './schedule';
import { backupErrorOf } from './verify-backup';
import { writeBackup } from './write-backup';

export interface BackupServiceOptions {
  /** Where `caredesk.sqlite` lives; without one (a database in memory) there is nothing to back up. */
  dataDir?: string;
  now: () => Date;
  nativeBinding?: string;
  /** The live database: another one after a restore. */
  db: () => Db;
}

export type BackupService = ReturnType<typeof createBackupService>;

const dayMs = 24 * 60 * 60_000;

/** The scheduler's writes carry no staff member. */
const scheduler: BackupActor = { staffId: null, method: 'backups.create' };

/** Making, listing and configuring backups. Restoring is `restore-backup.ts`, which needs the core. */
export function createBackupService({ dataDir, now, nativeBinding, db }: BackupServiceOptions) {
  let running = false;
  let lastFailure: { at: Date; code: string } | null = null;
  const listing = backupListing(nativeBinding);

  function requireDataDir(): string {
    if (!dataDir) throw conflict('backups.unavailable');
    return dataDir;
  }
  const settings = (): BackupSettings => readBackupSettings(requireDataDir());
  /** The default folder is ours to make; a chosen one (a USB disk) must already be there. */
  function prepare(folder: string): void {
    try {
      if (dataDir && folder === defaultBackupFolder(dataDir)) fs.mkdirSync(folder, { recursive: true });
    } catch {
      // reported as the folder's problem by whoever looks next
    }
  }

  async function write(kind: BackupKind | 'automatic', actor: BackupActor, source?: string): Promise<BackupEntry> {
    if (running) throw conflict('backups.busy');
    const { folder, keep } = settings();
    running = true;
    const at = now();
    let chosen: BackupKind = kind === 'automatic' ? 'daily' : kind;
    try {
      prepare(folder);
      const existing = listBackupFiles(folder);
      if (kind === 'automatic') chosen = automaticKindFor(existing, at);
      removeStalePartials(folder);
      const entry = await writeBackup({ folder, kind: chosen, at, nativeBinding, source: source ? { file: source } : { sqlite: db().$client } });
      deleteBackups(folder, filesToRotate(listBackupFiles(folder), keep, entry.file));
      lastFailure = null;
      auditBackupMade(db(), actor, entry, now);
      return entry;
    } catch (error) {
      const { code } = backupErrorOf(error);
      // The same failure again (a USB disk away for a week) is one line in the trail, not one an hour.
      if (lastFailure?.code !== code || actor.staffId !== null) {
        try {
          auditBackupFailed(db(), actor, chosen, code, now);
        } catch {
          // the core is closing: the database went away under a scheduled backup
        }
      }
      lastFailure = { at, code };
      throw conflict(`backups.${code}`);
    } finally {
      running = false;
    }
  }

  return {
    available: dataDir !== undefined,
    get running() {
      return running;
    },
    folder: () => settings().folder,
    settings,
    create: (actor: BackupActor) => write('manual', actor),
    /** Makes the day's automatic backup if none is in the folder yet; the scheduler calls this. */
    async runDueBackup(): Promise<BackupEntry | null> {
      // Before set-up there is nothing to keep; a restore or another backup may be under way.
      if (!dataDir || running || !getCentre(db())) return null;
      const failedAt = lastFailure?.at ?? null;
      if (!dailyBackupDue(listBackupFiles(settings().folder), now(), failedAt)) return null;
      return write('automatic', scheduler).catch(() => null);
    },
    /** Brings the copy `openDatabase` made before migrating into the folder as a `pre-migration` backup. */
    importPreMigrationCopy: (file: string) => write('pre-migration', scheduler, file).catch(() => null),

    status(): BackupStatus {
      if (!dataDir) return { available: false, folder: null, folderProblem: null, lastGoodAt: null, lastGoodAgeDays: null, lastFailure: null, stale: false, running };
      const { folder } = settings();
      // A new centre's default folder is not missing, only not made yet.
      prepare(folder);
      const newest = newestFirst(listBackupFiles(folder))[0]?.at ?? null;
      const created = getCentre(db())?.createdAt;
      return {
        available: true,
        folder,
        folderProblem: folderProblem(folder),
        lastGoodAt: newest?.toISOString() ?? null,
        lastGoodAgeDays: newest && Math.max(0, Math.floor((now().getTime() - newest.getTime()) / dayMs)),
        lastFailure: lastFailure && { at: lastFailure.at.toISOString(), code: lastFailure.code },
        stale: backupsStale(newest, created ? new Date(created) : null, now()),
        running,
      };
    },

    list(limit: number): { folder: string | null; backups: BackupEntry[] } {
      if (!dataDir) return { folder: null, backups: [] };
      const { folder } = settings();
      return { folder, backups: listing(folder, newestFirst(listBackupFiles(folder)).slice(0, limit)) };
    },

    updateSettings(next: BackupSettings, actor: BackupActor): BackupSettings {
      const home = requireDataDir();
      const folder = path.resolve(next.folder);
      if (!path.isAbsolute(next.folder)) throw conflict('backups.folderNotAbsolute');
      prepare(folder);
      const problem = folderProblem(folder);
      if (problem) throw conflict(problem === 'missing' ? 'backups.folderMissing' : 'backups.folderNotWritable');
      const after = { folder, keep: next.keep };
      auditSettingsChange(db(), actor, settings(), after, () => writeBackupSettings(home, after), now);
      return after;
    },
  };
}
