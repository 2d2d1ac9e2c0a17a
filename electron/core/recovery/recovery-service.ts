import path from 'node:path';
import type { z } from 'zod';
import type { CallResult, ErrorKind, FieldIssue } from '#shared/contract/index';
import { issueMessage, issuePath } from '#shared/contract/issues';
import type { UiLanguage } from '#shared/contract/common';
import { sourceMigrationsFolder } from '#db/paths';
import {
  isRecoveryMethodName,
  recoveryContract,
  restorableKinds,
  type OpenFailureKind,
  type RecoveryOutput,
  type RecoveryStatus,
} from '#shared/contract/recovery';
import { AppError, conflict, notFound } from '../app-error';
import { databaseFileName, type Core } from '../core';
import { createTranslator } from '../translate';
import { backupFolderOf, listBackups } from './backup-listing';
import { openCore, type OpenOutcome, type StartOptions } from './open-core';
import { restoreBackup } from './restore-backup';

export interface RecoveryOptions {
  /** The options the core failed to open with; a retry or a restore opens it with the same. */
  start: StartOptions;
  kind: OpenFailureKind;
  /** Called once, with the core opened at last: the host switches to the normal app. */
  onOpened: (core: Core) => void;
  log?: (line: string) => void;
  open?: (start: StartOptions, log: (line: string) => void) => OpenOutcome;
}

export interface Recovery {
  kind(): OpenFailureKind;
  /** Every call of a host in recovery lands here: recovery methods are answered, anything else refused. */
  dispatch(method: string, input: unknown, language: UiLanguage): CallResult<unknown>;
}

/** The recovery methods, transport-free like the core's dispatcher, and with the same wire errors. */
export function createRecovery({ start, kind: initialKind, onOpened, log = console.error, open = openCore }: RecoveryOptions): Recovery {
  const translate = createTranslator();
  const now = start.now ?? (() => new Date());
  const databaseFile = path.join(start.dataDir, databaseFileName);
  let kind = initialKind;
  let opened = false;

  const status = (): RecoveryStatus => ({
    kind,
    canRestore: restorableKinds.includes(kind),
    dataFolder: start.dataDir,
    backupFolder: backupFolderOf(start.dataDir),
    backups: listBackups(start.dataDir).map(({ fullPath: _, ...backup }) => backup),
  });

  const attempt = (): RecoveryOutput<'recovery.retry'> => {
    const outcome = open(start, log);
    if (!outcome.ok) {
      kind = outcome.kind;
      return { opened: false, status: status() };
    }
    opened = true;
    onOpened(outcome.core);
    return { opened: true };
  };

  const handlers = {
    'recovery.status': () => status(),
    'recovery.retry': () => attempt(),
    'recovery.restore': ({ file }: { file: string }) => {
      if (!restorableKinds.includes(kind)) throw conflict('recovery.notOffered');
      const backup = listBackups(start.dataDir).find((b) => b.file === file);
      if (!backup) throw notFound('recovery.backupMissing');
      const { keptAside } = restoreBackup({
        databaseFile,
        backup,
        migrationsFolder: start.migrationsFolder ?? sourceMigrationsFolder(),
        nativeBinding: start.nativeBinding,
        now,
      });
      log(`[caredesk] restored ${backup.file}; the damaged database was kept as ${path.basename(keptAside)}`);
      return attempt();
    },
  };

  const fail = (language: UiLanguage, errorKind: ErrorKind, code: string, issues?: FieldIssue[]): CallResult<unknown> => ({
    ok: false,
    error: { kind: errorKind, code, message: translate(language, code), ...(issues ? { issues } : {}) },
  });
  const issuesOf = (language: UiLanguage, error: z.ZodError): FieldIssue[] =>
    error.issues.map((issue) => {
      const { key, params } = issueMessage(issue);
      return { path: issuePath(issue), code: key, params, message: translate(language, key, params) };
    });

  return {
    kind: () => kind,
    dispatch(method, input, language) {
      if (!isRecoveryMethodName(method)) return fail(language, 'internal', 'recovery.active');
      if (opened) return fail(language, 'conflict', 'recovery.alreadyOpen');
      const def = recoveryContract[method];
      const parsed = def.input.safeParse(input, { reportInput: true });
      if (!parsed.success) return fail(language, 'validation', 'kind.validation', issuesOf(language, parsed.error));
      try {
        const handler = handlers[method] as (input: unknown) => unknown;
        return { ok: true, data: def.output.parse(handler(parsed.data)) };
      } catch (error) {
        if (error instanceof AppError) return fail(language, error.kind, error.code);
        // A file that could not be copied or renamed: its class and code only, never a path or message.
        log(`[caredesk] ${method} failed: ${error instanceof Error ? `${error.name} ${'code' in error ? String(error.code) : ''}` : typeof error}`);
        return fail(language, 'internal', 'recovery.restoreFailed');
      }
    },
  };
}
