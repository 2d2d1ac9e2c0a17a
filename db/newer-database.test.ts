import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { uiLanguages } from '#shared/contract/common';
import { resources } from '#shared/i18n/resources';
import { openDatabase } from './open-database';
import { sourceMigrationsFolder } from './paths';
import { DatabaseTooNewError } from './errors';

const known = (
  JSON.parse(fs.readFileSync(path.join(sourceMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }
).entries.length;
const latest = 'created_at = (SELECT max(created_at) FROM __drizzle_migrations)';

/** What a newer CareDesk could have left in the file, and the refusal this one must give. */
const newerFiles: { what: string; change: string; refusal: Partial<DatabaseTooNewError> }[] = [
  {
    what: 'user_version ahead of the code',
    change: `PRAGMA user_version = ${known + 3}`,
    refusal: { code: 'db.newerVersion', found: known + 3, known },
  },
  {
    what: 'one more applied migration than the code knows, user_version matching',
    change: `INSERT INTO __drizzle_migrations (hash, created_at) SELECT '${'ab'.repeat(32)}', max(created_at) + 1000 FROM __drizzle_migrations`,
    refusal: { code: 'db.newerVersion', found: known + 1, known },
  },
  {
    what: 'an applied migration whose hash the code does not have',
    change: `UPDATE __drizzle_migrations SET hash = '${'cd'.repeat(32)}' WHERE ${latest}`,
    refusal: { code: 'db.unknownMigrations', known },
  },
  {
    what: 'an applied migration whose created_at the code does not have',
    change: `UPDATE __drizzle_migrations SET created_at = created_at + 1 WHERE ${latest}`,
    refusal: { code: 'db.unknownMigrations', known },
  },
];

describe('a database from a newer version is refused before anything touches it', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-newer-'));
    file = path.join(dir, 'caredesk.sqlite');
    openDatabase({ file, migrationsFolder: sourceMigrationsFolder() }).close();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The file's bytes and every file beside it (a -wal or -shm appearing is a change too). */
  const fingerprint = () => ({
    sha256: crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
    files: fs.readdirSync(dir).sort(),
  });

  const refusalOf = (open: () => unknown): unknown => {
    try {
      open();
    } catch (error) {
      return error;
    }
    return 'opened';
  };

  // A newer version may leave WAL on, or the file may be a copy in rollback-journal mode (VACUUM INTO,
  // a restored backup); switching that one to WAL rewrites its header.
  for (const journalMode of ['delete', 'wal']) {
    for (const { what, change, refusal } of newerFiles) {
      it(`${what}, journal_mode ${journalMode}: refused, file byte-identical`, () => {
        const newer = new Database(file);
        newer.exec(change);
        newer.pragma(`journal_mode = ${journalMode}`);
        newer.close();
        const before = fingerprint();

        const error = refusalOf(() => openDatabase({ file, migrationsFolder: sourceMigrationsFolder() }));
        expect(error).toBeInstanceOf(DatabaseTooNewError);
        expect(error).toMatchObject(refusal);
        expect(fingerprint()).toEqual(before);
      });
    }
  }

  it('refuses while the newer version still has its change only in its -wal, leaving the file as it was', () => {
    const newer = new Database(file);
    newer.pragma('wal_autocheckpoint = 0');
    newer.pragma(`user_version = ${known + 1}`);
    const before = fingerprint();
    expect(before.files).toEqual(expect.arrayContaining(['caredesk.sqlite-wal']));

    const error = refusalOf(() => openDatabase({ file, migrationsFolder: sourceMigrationsFolder() }));
    expect(error).toMatchObject({ code: 'db.newerVersion', found: known + 1 });
    expect(fingerprint().sha256).toBe(before.sha256);
    newer.close();
  });

  it('still opens a database migrated from the same files checked out with Windows line endings', () => {
    const sqlite = new Database(file);
    const crlfHash = (tag: string) =>
      crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(sourceMigrationsFolder(), `${tag}.sql`), 'utf8').replace(/\r?\n/g, '\r\n'))
        .digest('hex');
    const tags = (
      JSON.parse(fs.readFileSync(path.join(sourceMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as {
        entries: { tag: string; when: number }[];
      }
    ).entries;
    const setHash = sqlite.prepare('UPDATE __drizzle_migrations SET hash = ? WHERE created_at = ?');
    for (const entry of tags) setHash.run(crlfHash(entry.tag), entry.when);
    sqlite.close();

    const opened = openDatabase({ file, migrationsFolder: sourceMigrationsFolder() });
    expect(opened.schemaVersion).toBe(known);
    opened.close();
  });

  it('says why in every language', () => {
    for (const language of uiLanguages) {
      const messages = (resources[language].errors as { db: Record<string, string> }).db;
      for (const code of ['db.newerVersion', 'db.unknownMigrations']) expect(messages[code.slice('db.'.length)]).toBeTruthy();
    }
  });
});
