import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { searchKey } from '#shared/domain/search-key';
import { openDatabase } from './open-database';
import { sourceMigrationsFolder } from './paths';
import { refreshSearchKeys } from './search-keys';

/** Keys as the release before issue 13 wrote them (ё and й lost to NFD, stems appended). */
const written = [
  { first: 'Евгений', last: 'Семёнов', oldKey: 'evgenii semenov' },
  { first: 'Oļegs', last: 'Hruščovs', oldKey: 'olegs oleg hruscovs hruscov' },
  { first: 'Jānis', last: 'Bērziņš', oldKey: 'ianis ian berzins berzin' },
];

describe('search keys on open', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-keys-'));
    file = path.join(dir, 'caredesk.sqlite');
    openDatabase({ file, migrationsFolder: sourceMigrationsFolder() }).close();
    const raw = new Database(file);
    const insert = raw.prepare(
      "INSERT INTO clients (first_name, last_name, search_key, language, created_at, updated_at) VALUES (?, ?, ?, 'lv', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
    );
    for (const { first, last, oldKey } of written) insert.run(first, last, oldKey);
    raw.close();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('rewrites keys an older release wrote, in the current canonical form, without touching the record', () => {
    const opened = openDatabase({ file, migrationsFolder: sourceMigrationsFolder() });
    const sqlite = opened.db.$client;
    const rows = sqlite.prepare('SELECT first_name AS first, last_name AS last, search_key AS key, updated_at AS updatedAt FROM clients ORDER BY id').all();
    expect(rows).toEqual(written.map(({ first, last }) => ({ first, last, key: searchKey(first, last), updatedAt: '2025-01-01T00:00:00Z' })));
    expect(rows.map((r) => (r as { key: string }).key)).toEqual(['ievgenii semonov', 'olegs hruscovs', 'ianis berzins']);
    expect(sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
    // Current keys are left alone: a second pass finds nothing to do.
    expect(refreshSearchKeys(sqlite)).toBe(0);
    opened.close();
  });

  it('rewrites only the keys that differ', () => {
    const raw = new Database(file);
    raw.prepare('UPDATE clients SET search_key = ? WHERE first_name = ?').run(searchKey('Jānis', 'Bērziņš'), 'Jānis');
    expect(refreshSearchKeys(raw)).toBe(2);
    expect(refreshSearchKeys(raw)).toBe(0);
    raw.close();
  });
});
