import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { backupKinds, defaultBackupKeep } from '#shared/contract/backups';
import { uiLanguages } from '#shared/contract/common';
import { codesOf, entityKey, fieldKeys, isCodedField, methodKey, valueKey } from '#shared/i18n/audit-keys';
import { createI18n } from '#shared/i18n/create-i18n';
import { openDatabase } from '#db/open-database';
import { sourceMigrationsFolder } from '#db/paths';
import { createCore, type Core, type CoreOptions } from '../core';
import { ok } from '../testing/client-fixtures';
import { loggedInCore, validSetup, type callContext } from '../testing/test-core';
import { createStaff, loggedInAs } from '../testing/staff-fixtures';

/** Backups through the contract, on real files, with the core's clock moved by hand (`createCore({ now })`). */

let dir: string;
let core: Core;
let ctx: ReturnType<typeof callContext>;
let time: Date;
const backupsDir = () => path.join(dir, 'backups');
const files = (folder = backupsDir()) => fs.readdirSync(folder).sort();
const changesOf = (row: { changes: string }) => JSON.parse(row.changes) as { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
const trail = () =>
  core.db.$client.prepare("SELECT staff_id AS staffId, method, entity, entity_id AS entityId, changes FROM audit_log WHERE entity LIKE 'backup%' ORDER BY id").all() as
    { staffId: number | null; method: string; entity: string; entityId: string | null; changes: string }[];

async function start(options: Partial<CoreOptions> = {}): Promise<void> {
  ({ core, ctx } = await loggedInCore({ dataDir: dir, now: () => time, backupSchedule: false, loginThrottle: { baseMs: 0 }, ...options }));
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-backups-'));
  time = new Date(2026, 10, 25, 9, 0, 0); // Wednesday 25 November 2026
});
afterEach(() => {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the daily backup', () => {
  it('is taken once a day by the scheduler’s look, monthly first, then weekly and daily, and audited as nobody’s', async () => {
    await start();
    expect(await core.backups.runDueBackup()).toMatchObject({ file: 'caredesk-20261125-090000-monthly.sqlite', kind: 'monthly' });
    time = new Date(2026, 10, 25, 17, 0, 0);
    expect(await core.backups.runDueBackup()).toBeNull();
    time = new Date(2026, 10, 26, 8, 0, 0);
    expect((await core.backups.runDueBackup())?.kind).toBe('daily');
    time = new Date(2026, 10, 30, 8, 0, 0); // Monday
    expect((await core.backups.runDueBackup())?.kind).toBe('weekly');
    time = new Date(2026, 11, 1, 8, 0, 0);
    expect((await core.backups.runDueBackup())?.kind).toBe('monthly');
    expect(files()).toHaveLength(4);
    expect(trail().map((row) => [row.staffId, row.method, row.entity])).toEqual(Array(4).fill([null, 'backups.create', 'backup']));
    expect(changesOf(trail()[0]!).after).toMatchObject({ kind: 'monthly', clients: 0, attendance: 0 });
  });

  it('runs from the composition root’s timer', async () => {
    await start({ backupSchedule: { firstMs: 1, everyMs: 5 } });
    await expect.poll(() => fs.existsSync(backupsDir()) && files().length, { timeout: 10_000 }).toBe(1);
  });

  it('rotates by the setting, keeping manual copies apart', async () => {
    await start();
    await ok(core, ctx, 'backups.updateSettings', { folder: backupsDir(), keep: { daily: 2, weekly: 1, monthly: 1 } });
    await ok(core, ctx, 'backups.create', {});
    for (let day = 1; day <= 20; day++) {
      time = new Date(2026, 11, day, 8, 0, 0);
      await core.backups.runDueBackup();
    }
    expect(files()).toEqual([
      'caredesk-20261125-090000-manual.sqlite',
      'caredesk-20261201-080000-monthly.sqlite',
      'caredesk-20261214-080000-weekly.sqlite',
      'caredesk-20261219-080000-daily.sqlite',
      'caredesk-20261220-080000-daily.sqlite',
    ]);
  });
});

/** A migrations folder with only the first migration: a database of an older release. */
function olderMigrationsFolder(): string {
  const folder = path.join(dir, 'old-migrations');
  fs.mkdirSync(path.join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(sourceMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const entries = journal.entries.slice(0, 1);
  for (const { tag } of entries) fs.copyFileSync(path.join(sourceMigrationsFolder(), `${tag}.sql`), path.join(folder, `${tag}.sql`));
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return folder;
}

describe('the copy before a migration', () => {
  it('goes to the backup folder as a verified pre-migration backup, and stays beside the database too', async () => {
    openDatabase({ file: path.join(dir, 'caredesk.sqlite'), migrationsFolder: olderMigrationsFolder() }).close();
    core = createCore({ dataDir: dir, now: () => time, backupSchedule: false });
    expect(core.backupFile).not.toBeNull();
    await expect.poll(() => fs.existsSync(backupsDir()) && files()).toEqual(['caredesk-20261125-090000-pre-migration.sqlite']);
    expect(fs.existsSync(core.backupFile!)).toBe(true);
    const copy = new Database(path.join(backupsDir(), files()[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
  });
});

describe('the backup folder', () => {
  it('is chosen by path, written to backup-settings.json for the start-up recovery page, and audited', async () => {
    await start();
    const usb = path.join(dir, 'usb');
    expect(await core.dispatch('backups.updateSettings', { folder: 'relative/usb', keep: defaultBackupKeep }, ctx)).toMatchObject({ ok: false, error: { code: 'backups.folderNotAbsolute' } });
    expect(await core.dispatch('backups.updateSettings', { folder: usb, keep: defaultBackupKeep }, ctx)).toMatchObject({ ok: false, error: { code: 'backups.folderMissing' } });
    expect(fs.existsSync(path.join(dir, 'backup-settings.json'))).toBe(false);

    fs.mkdirSync(usb);
    await ok(core, ctx, 'backups.updateSettings', { folder: usb, keep: defaultBackupKeep });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'backup-settings.json'), 'utf8'))).toMatchObject({ folder: usb });
    const { backup } = await ok(core, ctx, 'backups.create', {});
    expect(files(usb)).toEqual([backup.file]);
    expect(await ok(core, ctx, 'backups.list', {})).toMatchObject({ folder: usb, backups: [{ file: backup.file, kind: 'manual', clients: 0 }] });
    const change = trail().find((row) => row.entity === 'backup_settings')!;
    expect(changesOf(change)).toEqual({ before: { folder: backupsDir() }, after: { folder: usb } });
  });

  it('reports a folder that went away (a USB disk unplugged), fails the backup with a translated reason, and records it', async () => {
    await start();
    const usb = path.join(dir, 'usb');
    fs.mkdirSync(usb);
    await ok(core, ctx, 'backups.updateSettings', { folder: usb, keep: defaultBackupKeep });
    fs.rmSync(usb, { recursive: true });
    expect(await ok(core, ctx, 'backups.status', {})).toMatchObject({ folderProblem: 'missing', lastGoodAt: null });
    const failed = await core.dispatch('backups.create', {}, ctx);
    expect(failed).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'backups.folderMissing' } });
    expect(failed.ok || failed.error.message).not.toMatch(/backups\./); // a sentence, not a key
    expect(await ok(core, ctx, 'backups.status', {})).toMatchObject({ lastFailure: { code: 'folderMissing' } });
    expect(changesOf(trail().at(-1)!).after).toEqual({ kind: 'manual', problem: 'folderMissing' });
    // The chosen folder is never created in its place: the backup belongs on the USB disk.
    expect(fs.existsSync(usb)).toBe(false);
  });

  it('cleans away its own half-written files, never anyone else’s', async () => {
    await start();
    fs.mkdirSync(backupsDir(), { recursive: true });
    fs.writeFileSync(path.join(backupsDir(), 'caredesk-20261124-080000-daily.sqlite.partial'), 'half');
    fs.writeFileSync(path.join(backupsDir(), 'notes.txt'), 'mine');
    const { backup } = await ok(core, ctx, 'backups.create', {});
    expect(files()).toEqual([backup.file, 'notes.txt']);
  });
});

describe('the warning', () => {
  it('is off for a new centre, on after two days without a good backup, off again after one', async () => {
    await start();
    // A new centre's default folder is made on the first look, not reported missing.
    expect(await ok(core, ctx, 'backups.status', {})).toMatchObject({ stale: false, folderProblem: null, lastGoodAt: null });
    time = new Date(2026, 10, 28, 9, 0, 0);
    await ok(core, ctx, 'auth.login', { username: validSetup.admin.username, password: validSetup.admin.password });
    expect((await ok(core, ctx, 'backups.status', {})).stale).toBe(true);
    await ok(core, ctx, 'backups.create', {});
    expect(await ok(core, ctx, 'backups.status', {})).toMatchObject({ stale: false, folderProblem: null, lastGoodAt: time.toISOString() });
  });
});

describe('who may', () => {
  it('lets a manager see and make backups and choose the folder, but not restore; reception sees nothing', async () => {
    await start();
    await createStaff(core, ctx, { username: 'maija', role: 'manager' });
    await createStaff(core, ctx, { username: 'rasma', role: 'reception' });
    const manager = await loggedInAs(core, 'maija');
    const { backup } = await ok(core, manager, 'backups.create', {});
    expect((await ok(core, manager, 'backups.list', {})).backups).toHaveLength(1);
    expect(await core.dispatch('backups.restore', { file: backup.file }, manager)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await core.dispatch('backups.status', {}, await loggedInAs(core, 'rasma'))).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it('has nothing to back up in a core without a data folder', async () => {
    ({ core, ctx } = await loggedInCore({ loginThrottle: { baseMs: 0 } }));
    expect(await ok(core, ctx, 'backups.status', {})).toMatchObject({ available: false });
    expect(await core.dispatch('backups.create', {}, ctx)).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'backups.unavailable' } });
  });
});

describe('the trail in words', () => {
  it('names every record, field and code a backup writes, in every language', async () => {
    await start();
    const usb = path.join(dir, 'usb');
    fs.mkdirSync(usb);
    await ok(core, ctx, 'backups.updateSettings', { folder: usb, keep: { daily: 3, weekly: 2, monthly: 1 } });
    await ok(core, ctx, 'backups.create', {});
    await core.backups.runDueBackup();
    fs.rmSync(usb, { recursive: true });
    await core.dispatch('backups.create', {}, ctx);
    fs.mkdirSync(usb);
    const earlier = 'caredesk-20261101-080000-pre-migration.sqlite';
    core.db.$client.prepare('VACUUM INTO ?').run(path.join(usb, earlier));
    await ok(core, ctx, 'backups.restore', { file: earlier });
    await ok(core, ctx, 'auth.login', { username: validSetup.admin.username, password: validSetup.admin.password });
    await ok(core, ctx, 'backups.updateSettings', { folder: usb, keep: defaultBackupKeep });

    const missing: string[] = [];
    const rows = core.db.$client.prepare("SELECT method, entity, changes FROM audit_log WHERE method LIKE 'backups.%'").all() as { method: string; entity: string; changes: string }[];
    expect(new Set(rows.map((row) => row.method))).toEqual(new Set(['backups.create', 'backups.restore', 'backups.updateSettings']));
    const keys = new Set<string>(['backups.create', 'backups.restore', 'backups.updateSettings'].map(methodKey));
    // The file kept aside holds the failed attempt, made after the copy that was restored.
    const aside = fs.readdirSync(dir).find((f) => f.includes('before-restore'))!;
    const asideDb = new Database(path.join(dir, aside), { readonly: true });
    rows.push(...(asideDb.prepare("SELECT method, entity, changes FROM audit_log WHERE method LIKE 'backups.%'").all() as typeof rows));
    asideDb.close();
    for (const row of rows) {
      keys.add(entityKey(row.entity));
      const { before, after } = changesOf(row);
      for (const [field, value] of [...Object.entries(before ?? {}), ...Object.entries(after ?? {})]) {
        keys.add(fieldKeys(row.entity, field).at(-1)!);
        if (isCodedField(field)) for (const code of codesOf(value)) keys.add(valueKey(row.entity, field, code) ?? `unmapped ${field} ${code}`);
      }
    }
    for (const kind of backupKinds) keys.add(valueKey('backup', 'kind', kind)!);
    for (const language of uiLanguages) {
      const t = createI18n(language);
      for (const key of keys) if (!t.exists(key, { fallbackLng: [] })) missing.push(`${language}: ${key}`);
    }
    expect(keys.size).toBeGreaterThan(15);
    expect(missing).toEqual([]);
  });
});
