import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase } from './open-database';
import { sourceMigrationsFolder } from './paths';
import { DatabaseTooNewError } from './errors';

const journal = JSON.parse(fs.readFileSync(path.join(sourceMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};
const knownVersion = journal.entries.length;

/** A migrations folder holding only the first `count` migrations: an older release of the app. */
function olderMigrationsFolder(dir: string, count: number): string {
  const folder = path.join(dir, 'old-migrations');
  fs.mkdirSync(path.join(folder, 'meta'), { recursive: true });
  const entries = journal.entries.slice(0, count);
  for (const entry of entries) fs.copyFileSync(path.join(sourceMigrationsFolder(), `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return folder;
}

describe('openDatabase', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-db-'));
    file = path.join(dir, 'caredesk.sqlite');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('sets the pragmas every connection needs and applies all migrations', () => {
    const opened = openDatabase({ file, migrationsFolder: sourceMigrationsFolder() });
    const sqlite = opened.db.$client;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(knownVersion);
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['centre', 'staff', 'staff_session', 'audit_log']));
    expect(opened.backupFile).toBeNull();
    opened.close();
  });

  it('opens an up-to-date database again without copying or migrating', () => {
    openDatabase({ file, migrationsFolder: sourceMigrationsFolder() }).close();
    const again = openDatabase({ file, migrationsFolder: sourceMigrationsFolder() });
    expect(again.backupFile).toBeNull();
    again.close();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    openDatabase({ file, migrationsFolder: sourceMigrationsFolder() }).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${knownVersion + 3}`);
    raw.close();
    const bytesBefore = fs.readFileSync(file);
    expect(() => openDatabase({ file, migrationsFolder: sourceMigrationsFolder() })).toThrow(DatabaseTooNewError);
    try {
      openDatabase({ file, migrationsFolder: sourceMigrationsFolder() });
    } catch (error) {
      expect(error).toMatchObject({ code: 'db.newerVersion', found: knownVersion + 3, known: knownVersion });
    }
    expect(fs.readFileSync(file).equals(bytesBefore)).toBe(true);
  });

  it('copies the file aside before applying pending migrations, and the copy is the old version', () => {
    const older = openDatabase({ file, migrationsFolder: olderMigrationsFolder(dir, 1) });
    older.db.$client.prepare("INSERT INTO centre (id, name, country, municipality, language, created_at) VALUES (1, 'Vecais', 'LV', 'LV-riga', 'lv', 'x')").run();
    older.close();

    const upgraded = openDatabase({ file, migrationsFolder: sourceMigrationsFolder() });
    expect(upgraded.backupFile).not.toBeNull();
    expect(upgraded.db.$client.pragma('user_version', { simple: true })).toBe(knownVersion);
    // A centre from before meals were configurable serves what every centre served then.
    expect(upgraded.db.$client.prepare('SELECT meal_kinds FROM centre').pluck().get()).toBe('["breakfast","lunch","snack"]');
    upgraded.close();

    const copy = new Database(upgraded.backupFile as string, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT name FROM centre').pluck().get()).toBe('Vecais');
    copy.close();
  });

  it('keeps the audit trail append-only even for direct SQL', () => {
    const opened = openDatabase({ file: ':memory:', migrationsFolder: sourceMigrationsFolder() });
    const sqlite = opened.db.$client;
    sqlite.prepare("INSERT INTO audit_log (at, method, entity) VALUES ('2026-01-01T00:00:00Z', 'test.write', 'thing')").run();
    expect(() => sqlite.prepare("UPDATE audit_log SET method = 'forged'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(sqlite.prepare('SELECT method FROM audit_log').pluck().all()).toEqual(['test.write']);
    opened.close();
  });
});
