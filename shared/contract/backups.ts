import { z } from 'zod';
import { administrators, managers, method } from './define';
import { input } from './common';

/**
 * Backups of the database file and restoring one (issue 12, "Keep the data"). The folder and the file
 * names are an agreed layout: the start-up recovery page finds backups without opening the database.
 */
export const backupKinds = ['daily', 'weekly', 'monthly', 'manual', 'pre-migration'] as const;
export type BackupKind = (typeof backupKinds)[number];

/** `caredesk-<YYYYMMDD>-<HHMMSS>-<kind>.sqlite`, local time; a file with this name is a verified backup. */
export const backupFilePattern = /^caredesk-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(daily|weekly|monthly|manual|pre-migration)\.sqlite$/;

/** A backup is named by its file name alone, never a path: restore reads only from the backup folder. */
export const backupFileSchema = z.string().max(60).regex(backupFilePattern);

/** How many automatic backups of each kind rotation keeps. */
export const backupKeepSchema = input({
  daily: z.number().int().min(1).max(90),
  weekly: z.number().int().min(1).max(104),
  monthly: z.number().int().min(1).max(120),
});
export type BackupKeep = z.infer<typeof backupKeepSchema>;
export const defaultBackupKeep: BackupKeep = { daily: 14, weekly: 8, monthly: 12 };

export const backupSettingsSchema = input({
  /** An absolute folder on this computer, a USB disk or a network share; it must exist and be writable. */
  folder: z.string().trim().min(1).max(1000),
  keep: backupKeepSchema,
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const backupEntrySchema = z.object({
  file: z.string(),
  kind: z.enum(backupKinds),
  /** When it was taken (ISO instant), read from its name. */
  at: z.string(),
  bytes: z.number().int(),
  /** Rows in the backup, read from it; null when the file could not be read. */
  clients: z.number().int().nullable(),
  attendance: z.number().int().nullable(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export const backupFolderProblems = ['missing', 'not-writable'] as const;

export const backupStatusSchema = z.object({
  /** False where the core keeps no database file (tests in memory). */
  available: z.boolean(),
  folder: z.string().nullable(),
  folderProblem: z.enum(backupFolderProblems).nullable(),
  lastGoodAt: z.string().nullable(),
  /** Whole days since the last good backup, by the core's clock (the page's own clock may be off). */
  lastGoodAgeDays: z.number().int().nullable(),
  /** The latest failed attempt since the last good one, by its error code. */
  lastFailure: z.object({ at: z.string(), code: z.string() }).nullable(),
  /** Older than two days (or none in a centre older than that): the home page warns. */
  stale: z.boolean(),
  running: z.boolean(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

/** Managers see and make backups and choose the folder; only the administrator restores one. */
export const backupsContract = {
  'backups.status': method({ input: input({}), output: backupStatusSchema, access: managers, write: false }),
  'backups.list': method({
    input: input({ limit: z.number().int().min(1).max(200).optional() }),
    output: z.object({ folder: z.string().nullable(), backups: z.array(backupEntrySchema) }),
    access: managers,
    write: false,
  }),
  'backups.create': method({ input: input({}), output: z.object({ backup: backupEntrySchema }), access: managers, write: true }),
  /** Replaces the database with the backup; the current file is kept aside. Everyone must log in again. */
  'backups.restore': method({
    input: input({ file: backupFileSchema }),
    output: z.object({ restored: z.string(), keptAside: z.string() }),
    access: administrators,
    write: true,
  }),
  'backups.settings': method({ input: input({}), output: z.object({ settings: backupSettingsSchema }), access: managers, write: false }),
  'backups.updateSettings': method({ input: backupSettingsSchema, output: z.object({ settings: backupSettingsSchema }), access: managers, write: true }),
};
