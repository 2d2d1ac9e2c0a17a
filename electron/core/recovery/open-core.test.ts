import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError } from '#db/errors';
import {
  garbleClientsPage,
  holdExclusiveLock,
  makeReadOnly,
  migratedDataDir,
  onFullDisk,
  overwriteWithGarbage,
  truncateToHalf,
} from '../testing/damaged-database';
import { classifyOpenFailure } from './classify-open-failure';
import { openCore, type OpenOutcome } from './open-core';

const dirs: string[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function damaged(damage: (file: string, dataDir: string) => void) {
  const made = migratedDataDir();
  dirs.push(made.dataDir);
  damage(made.file, made.dataDir);
  return made;
}

const logs: string[] = [];
function open(dataDir: string): OpenOutcome {
  const outcome = openCore({ dataDir }, (line) => logs.push(line));
  if (outcome.ok) cleanups.push(() => outcome.core.close());
  return outcome;
}
const kindOf = (outcome: OpenOutcome) => (outcome.ok ? 'opened' : outcome.kind);

describe('openCore on a damaged database file', () => {
  it('opens a healthy database', () => {
    expect(kindOf(open(damaged(() => {}).dataDir))).toBe('opened');
  });

  it('calls a file cut to half its size corrupt', () => {
    expect(kindOf(open(damaged(truncateToHalf).dataDir))).toBe('corrupt');
  });

  it('calls random bytes corrupt', () => {
    expect(kindOf(open(damaged(overwriteWithGarbage).dataDir))).toBe('corrupt');
  });

  it('calls a damaged page that opening does not read corrupt, thanks to quick_check', () => {
    const { dataDir, file } = damaged(garbleClientsPage);
    // The header, the schema and the migrations table still read fine: only the check finds the page.
    const plain = new Database(file, { readonly: true });
    expect(plain.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    expect((plain.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n).toBeGreaterThan(0);
    plain.close();
    expect(kindOf(open(dataDir))).toBe('corrupt');
  });

  it('calls an empty file beside backups corrupt, not a new centre to set up', () => {
    const { dataDir } = damaged((file, dir) => {
      fs.mkdirSync(path.join(dir, 'backups'));
      fs.copyFileSync(file, path.join(dir, 'backups', 'caredesk-20260105-020000-daily.sqlite'));
      fs.truncateSync(file, 0);
    });
    expect(kindOf(open(dataDir))).toBe('corrupt');
  });

  // Same process: SQLite's unix VFS keeps its own table of locks per file, so a second connection here
  // is refused just as a second process is (the host test holds the lock from another process).
  it('calls a database held by an exclusive lock locked', () => {
    const { dataDir, file } = damaged(() => {});
    cleanups.push(holdExclusiveLock(file));
    expect(kindOf(open(dataDir))).toBe('locked');
  }, 20_000);

  it('calls a read-only file read-only', (ctx) => {
    const { dataDir, file } = damaged(() => {});
    const readOnly = makeReadOnly(file);
    if (!readOnly) return ctx.skip('running as root where chattr +i is not available: nothing here can make a file read-only');
    cleanups.push(readOnly.undo);
    expect(kindOf(open(dataDir))).toBe('read-only');
  });

  it('calls a read-only folder read-only', (ctx) => {
    const { dataDir } = damaged(() => {});
    const readOnly = makeReadOnly(dataDir);
    if (!readOnly) return ctx.skip('running as root where chattr +i is not available: nothing here can make a folder read-only');
    cleanups.push(readOnly.undo);
    expect(kindOf(open(dataDir))).toBe('read-only');
  });

  it('calls a database on a full disk disk-full', (ctx) => {
    const full = onFullDisk();
    if (!full) return ctx.skip('mounting a tiny tmpfs needs root and mount rights; the classifier test below covers SQLITE_FULL');
    cleanups.push(full.undo);
    expect(kindOf(open(full.dataDir))).toBe('disk-full');
  });

  it('never logs SQLite messages, only the kind and the error class', () => {
    expect(logs.length).toBeGreaterThan(0);
    const shape = /^\[caredesk\] the database could not be opened: [a-z-]+ \((\w+( \w+)?|an empty file beside backups)\)$/;
    for (const line of logs) expect(line).toMatch(shape);
  });
});

describe('classifyOpenFailure', () => {
  const plenty = () => 10 ** 9;

  it('knows SQLITE_FULL from a real write that ran out of pages', () => {
    const sqlite = new Database(':memory:');
    sqlite.exec('CREATE TABLE t (x TEXT)');
    sqlite.pragma('max_page_count = 2');
    let error: unknown;
    try {
      for (let i = 0; i < 100; i += 1) sqlite.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(1000));
    } catch (caught) {
      error = caught;
    }
    sqlite.close();
    expect(classifyOpenFailure(error, '.', plenty)).toBe('disk-full');
  });

  it('calls any failure on a folder without free space disk-full, and a newer database too-new', () => {
    const ioError = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_SHMSIZE' });
    expect(classifyOpenFailure(ioError, '.', () => 0)).toBe('disk-full');
    expect(classifyOpenFailure(ioError, '.', plenty)).toBe('unknown');
    expect(classifyOpenFailure(new DatabaseTooNewError(99, 12), '.', plenty)).toBe('too-new');
    expect(classifyOpenFailure(Object.assign(new Error('x'), { code: 'EACCES' }), '.', plenty)).toBe('read-only');
  });
});
