import fs from 'node:fs';
import path from 'node:path';
import type { OpenFailureKind } from '#shared/contract/recovery';
import { createCore, databaseFileName, type Core, type CoreOptions } from '../core';
import { classifyOpenFailure } from './classify-open-failure';
import { listBackups } from './backup-listing';

export type StartOptions = CoreOptions & { dataDir: string };
export type OpenOutcome = { ok: true; core: Core } | { ok: false; kind: OpenFailureKind };

/** The error's class and code only: SQLite messages can quote values, and values are personal data. */
function errorClass(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  return 'code' in error ? `${error.name} ${String(error.code)}` : error.name;
}

/**
 * An empty `caredesk.sqlite` would open as a brand-new centre and offer the first-run setup to whoever
 * comes by. Next to backups it is a file that lost its contents, not a new installation.
 */
function emptiedFile(dataDir: string): boolean {
  try {
    return fs.statSync(path.join(dataDir, databaseFileName)).size === 0 && listBackups(dataDir).length > 0;
  } catch {
    return false;
  }
}

/** Creates the core, or says why the database cannot be opened so the host can show the recovery page. */
export function openCore(options: StartOptions, log: (line: string) => void = console.error): OpenOutcome {
  if (emptiedFile(options.dataDir)) {
    log('[caredesk] the database could not be opened: corrupt (an empty file beside backups)');
    return { ok: false, kind: 'corrupt' };
  }
  try {
    return { ok: true, core: createCore(options) };
  } catch (error) {
    const kind = classifyOpenFailure(error, options.dataDir);
    log(`[caredesk] the database could not be opened: ${kind} (${errorClass(error)})`);
    return { ok: false, kind };
  }
}
