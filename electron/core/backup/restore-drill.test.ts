import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core';
import { demoAdmin, seedDemo } from '../demo/seed-demo';
import { clientInput, codes, ok } from '../testing/client-fixtures';
import { callContext } from '../testing/test-core';
import { databaseSnapshot } from '../testing/database-snapshot';

/**
 * The restore drill (issue 12): back up a real centre on disk, change its data, restore the backup from
 * the contract, and find every table exactly as it was at the backup; the trail goes on from there.
 */

type Tables = Record<string, unknown[]>;

/** Every row of every table but the sessions (a restore ends them all), in rowid order. */
function contents(sqlite: Database.Database): Tables {
  const names = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(names.filter((n) => n !== 'staff_session').map((n) => [n, sqlite.prepare(`SELECT * FROM "${n}" ORDER BY rowid`).all()]));
}

let template: string;
let dir: string;
let core: Core;
let time: Date;
const login = { username: demoAdmin.username, password: demoAdmin.password };
const open = () => createCore({ dataDir: dir, now: () => time, backupSchedule: false, loginThrottle: { baseMs: 0 } });

// The demo centre (40 clients, two months of attendance), seeded once; each test gets its own copy.
beforeAll(async () => {
  template = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-restore-template-'));
  dir = template;
  time = new Date(2026, 10, 25, 9, 0, 0);
  const seeding = open();
  await seedDemo(seeding);
  seeding.close();
}, 120_000);
afterAll(() => fs.rmSync(template, { recursive: true, force: true }));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-restore-'));
  fs.copyFileSync(path.join(template, 'caredesk.sqlite'), path.join(dir, 'caredesk.sqlite'));
  time = new Date(2026, 10, 25, 9, 0, 0);
  core = open();
});
afterEach(() => {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the restore drill', () => {
  it('backs up, changes data, restores, and finds the old data exactly', async () => {
    const admin = callContext(core, 'lv');
    await ok(core, admin, 'auth.login', login);
    const atBackup = contents(core.db.$client);
    const { backup } = await ok(core, admin, 'backups.create', {});
    expect(backup).toMatchObject({ kind: 'manual', clients: atBackup.clients!.length, attendance: atBackup.attendance!.length });
    expect(atBackup.attendance!.length).toBeGreaterThan(100);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([backup.file]);

    // An afternoon's work after the backup (after lunch the screen had locked: sign in again).
    time = new Date(2026, 10, 25, 15, 30, 0);
    await ok(core, admin, 'auth.login', login);
    await ok(core, admin, 'clients.create', clientInput({ firstName: 'Pēteris', lastName: 'Vēlākais', personalCode: codes.lvNew2 }));
    await ok(core, admin, 'settings.update', { idleLockMinutes: 12, mealKinds: ['lunch'] });
    core.db.$client.prepare('DELETE FROM attendance WHERE rowid IN (SELECT rowid FROM attendance LIMIT 5)').run();
    const changed = contents(core.db.$client);

    const token = admin.session.token;
    const restored = await ok(core, admin, 'backups.restore', { file: backup.file });
    expect(restored.keptAside).toBe('caredesk.sqlite.before-restore-20261125-153000.bak');

    // Everyone logs in again: the session that restored ended with the rest, the backup's own are gone too.
    admin.session.token = token;
    expect(await core.dispatch('backups.list', {}, admin)).toMatchObject({ ok: false, error: { kind: 'unauthenticated' } });
    expect(core.db.$client.prepare('SELECT count(*) FROM staff_session').pluck().get()).toBe(0);
    await ok(core, admin, 'auth.login', login);

    const after = contents(core.db.$client);
    for (const table of Object.keys(atBackup).filter((t) => t !== 'audit_log')) expect(after[table], table).toEqual(atBackup[table]);
    const trail = after.audit_log!;
    expect(trail.slice(0, atBackup.audit_log!.length)).toEqual(atBackup.audit_log);
    expect(trail.slice(atBackup.audit_log!.length)).toMatchObject([
      { method: 'backups.restore', entity: 'backup', entity_id: backup.file, staff_id: admin.session.staff!.id },
    ]);

    // The database of the afternoon is kept aside, whole; the backup stays in its folder.
    const aside = new Database(path.join(dir, restored.keptAside), { fileMustExist: true });
    expect(contents(aside)).toEqual(changed);
    aside.close();
    expect(fs.existsSync(path.join(dir, 'backups', backup.file))).toBe(true);
  });

  it('refuses a damaged backup, one from a newer CareDesk and one not there, changing nothing', async () => {
    const admin = callContext(core, 'lv');
    await ok(core, admin, 'auth.login', login);
    const folder = path.join(dir, 'backups');
    fs.mkdirSync(folder, { recursive: true });
    const damaged = 'caredesk-20261124-080000-daily.sqlite';
    fs.writeFileSync(path.join(folder, damaged), Buffer.alloc(8192, 7));
    const { backup } = await ok(core, admin, 'backups.create', {});
    const newer = new Database(path.join(folder, backup.file));
    newer.pragma('user_version = 999');
    newer.close();

    const before = databaseSnapshot(core.db);
    const refusals = [
      [damaged, { kind: 'conflict', code: 'backups.damaged' }],
      [backup.file, { kind: 'conflict', code: 'backups.tooNew' }],
      ['caredesk-20200101-000000-manual.sqlite', { kind: 'not-found', code: 'backups.notFound' }],
    ] as const;
    for (const [file, error] of refusals) {
      expect(await core.dispatch('backups.restore', { file }, admin)).toMatchObject({ ok: false, error });
    }
    expect(databaseSnapshot(core.db)).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]);
  });
});
