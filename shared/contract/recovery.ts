import { z } from 'zod';
import { method, type MethodDef } from './define';
import { input } from './common';
import { backupFilePattern, backupKinds } from './backups';

/**
 * Start-up recovery (issue 12, "A damaged database file"). These methods are NOT part of `contract`:
 * only a host that could not open its database answers them, and it answers nothing else. The caller
 * is nobody (the staff table is in the broken file), so both hosts take them from this computer only.
 */
export const openFailureKinds = ['corrupt', 'locked', 'read-only', 'disk-full', 'too-new', 'unknown'] as const;
export type OpenFailureKind = (typeof openFailureKinds)[number];

/** Where a backup is the fix. A lock, permissions or a full disk are fixed outside CareDesk, then "Try again". */
export const restorableKinds: readonly OpenFailureKind[] = ['corrupt', 'unknown'];

/** The copy `openDatabase` leaves beside the database before migrating it (older ones were never moved to the backup folder). */
export const preMigrationCopyPattern = /^caredesk\.sqlite\.before-v\d{1,5}-[0-9A-Za-z-]{1,40}\.bak$/;

/** A file name only, never a path: both patterns leave no room for a slash or `..`. */
export const restorableFileSchema = z
  .string()
  .max(100)
  .regex(new RegExp(`${backupFilePattern.source}|${preMigrationCopyPattern.source}`));

export const restorableBackupSchema = z.object({
  file: z.string(),
  kind: z.enum(backupKinds),
  /** When it was taken (ISO instant), read from its name. */
  at: z.string(),
  bytes: z.number().int(),
});
export type RestorableBackup = z.infer<typeof restorableBackupSchema>;

export const recoveryStatusSchema = z.object({
  kind: z.enum(openFailureKinds),
  canRestore: z.boolean(),
  dataFolder: z.string(),
  backupFolder: z.string(),
  /** Newest first. */
  backups: z.array(restorableBackupSchema),
});
export type RecoveryStatus = z.infer<typeof recoveryStatusSchema>;

/** After a restore or a retry: the database is open (the normal app takes over), or still not. */
export const recoveryOutcomeSchema = z.discriminatedUnion('opened', [
  z.object({ opened: z.literal(true) }),
  z.object({ opened: z.literal(false), status: recoveryStatusSchema }),
]);

export const recoveryContract = {
  'recovery.status': method({ input: input({}), output: recoveryStatusSchema, access: 'public', write: false }),
  /** `confirm` must be sent as true: the page asks first, and a script must say so too. */
  'recovery.restore': method({
    input: input({ file: restorableFileSchema, confirm: z.literal(true) }),
    output: recoveryOutcomeSchema,
    access: 'public',
    write: true,
  }),
  'recovery.retry': method({ input: input({}), output: recoveryOutcomeSchema, access: 'public', write: false }),
} satisfies Record<string, MethodDef>;

export type RecoveryContract = typeof recoveryContract;
export type RecoveryMethodName = keyof RecoveryContract;
export type RecoveryInput<M extends RecoveryMethodName> = z.input<RecoveryContract[M]['input']>;
export type RecoveryOutput<M extends RecoveryMethodName> = z.output<RecoveryContract[M]['output']>;

export function isRecoveryMethodName(name: unknown): name is RecoveryMethodName {
  return typeof name === 'string' && Object.hasOwn(recoveryContract, name);
}
