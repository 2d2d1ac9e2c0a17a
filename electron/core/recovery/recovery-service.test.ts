import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { migratedDataDir, overwriteWithGarbage, truncateToHalf } from '../testing/damaged-database';
import { openCore } from './open-core';
import { createRecovery, type Recovery } from './recovery-service';

const dirs: string[] = [];
const opened: Core[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) core.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const quiet = () => {};

/** A damaged database, a backup folder named in backup-settings.json, and what lies in it. */
function damagedCentre() {
  const { dataDir, file } = migratedDataDir();
  dirs.push(dataDir);
  const sqlite = new Database(file);
  sqlite.exec("CREATE TABLE marker (note TEXT); INSERT INTO marker VALUES ('from the backup')");
  sqlite.close();
  const backupFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-usb-'));
  dirs.push(backupFolder);
  fs.writeFileSync(path.join(dataDir, 'backup-settings.json'), JSON.stringify({ folder: backupFolder }));
  const backup = (name: string) => fs.copyFileSync(file, path.join(backupFolder, name));
  backup('caredesk-20261120-020000-daily.sqlite');
  backup('caredesk-20261122-020000-daily.sqlite');
  backup('caredesk-20261123-020000-daily.sqlite.partial'); // unverified: never offered
  fs.writeFileSync(path.join(backupFolder, 'notes.txt'), 'not a backup');
  fs.copyFileSync(file, path.join(dataDir, 'caredesk.sqlite.before-v9-2026-11-21T08-30-00-000Z.bak'));
  truncateToHalf(file);
  fs.writeFileSync(`${file}-wal`, 'left over');
  return { dataDir, file, backupFolder };
}

function recoveryFor(dataDir: string, onOpened: (core: Core) => void = (core) => opened.push(core)): Recovery {
  const outcome = openCore({ dataDir }, quiet);
  if (outcome.ok) throw new Error('expected the database to fail to open');
  return createRecovery({ start: { dataDir }, kind: outcome.kind, onOpened, log: quiet });
}

const data = (result: ReturnType<Recovery['dispatch']>) => {
  if (!result.ok) throw new Error(`${result.error.kind} ${result.error.code}`);
  return result.data as Record<string, unknown>;
};

describe('recovery of a damaged database', () => {
  it('lists the verified backups and the pre-migration copy, newest first, and nothing else', () => {
    const { dataDir, backupFolder } = damagedCentre();
    const status = data(recoveryFor(dataDir).dispatch('recovery.status', {}, 'lv'));
    expect(status).toMatchObject({ kind: 'corrupt', canRestore: true, backupFolder, dataFolder: dataDir });
    const backups = status.backups as { file: string; kind: string }[];
    expect(backups.map((b) => [b.file, b.kind])).toEqual([
      ['caredesk-20261122-020000-daily.sqlite', 'daily'],
      ['caredesk.sqlite.before-v9-2026-11-21T08-30-00-000Z.bak', 'pre-migration'],
      ['caredesk-20261120-020000-daily.sqlite', 'daily'],
    ]);
  });

  it('restores a backup: the damaged file, its -wal and -shm are kept aside, the database opens with the backup data', () => {
    const { dataDir, file } = damagedCentre();
    const damagedBytes = fs.readFileSync(file);
    let core: Core | null = null;
    const recovery = recoveryFor(dataDir, (open) => {
      core = open;
      opened.push(open);
    });
    const outcome = data(recovery.dispatch('recovery.restore', { file: 'caredesk-20261122-020000-daily.sqlite', confirm: true }, 'lv'));
    expect(outcome).toEqual({ opened: true });
    expect(core).not.toBeNull();
    expect(core!.db.$client.prepare('SELECT note FROM marker').get()).toEqual({ note: 'from the backup' });
    const keptAside = fs.readdirSync(dataDir).filter((name) => name.startsWith('caredesk.sqlite.damaged-'));
    const main = keptAside.find((name) => !/-(wal|shm)$/.test(name))!;
    expect(keptAside.sort()).toEqual([main, `${main}-shm`, `${main}-wal`]);
    expect(fs.readFileSync(path.join(dataDir, main)).equals(damagedBytes)).toBe(true);
    // After the switch the recovery methods are done; the normal core answers.
    expect(recovery.dispatch('recovery.status', {}, 'en')).toMatchObject({ ok: false, error: { code: 'recovery.alreadyOpen' } });
  });

  it('refuses a backup that is damaged itself, and changes nothing', () => {
    const { dataDir, file, backupFolder } = damagedCentre();
    overwriteWithGarbage(path.join(backupFolder, 'caredesk-20261122-020000-daily.sqlite'));
    const recovery = recoveryFor(dataDir);
    const before = fs.readdirSync(dataDir).sort();
    const result = recovery.dispatch('recovery.restore', { file: 'caredesk-20261122-020000-daily.sqlite', confirm: true }, 'lv');
    expect(result).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'recovery.backupUnusable' } });
    expect(fs.readdirSync(dataDir).sort()).toEqual(before);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('takes a file name only, from the list, and an explicit confirmation', () => {
    const { dataDir, file } = damagedCentre();
    const recovery = recoveryFor(dataDir);
    const refused = [
      { file: '../caredesk-20261122-020000-daily.sqlite', confirm: true },
      { file: `${path.dirname(file)}/caredesk-20261122-020000-daily.sqlite`, confirm: true },
      { file: 'caredesk-20261122-020000-daily.sqlite/../../etc', confirm: true },
      { file: 'caredesk-20261122-020000-daily.sqlite.partial', confirm: true },
      { file: 'caredesk-20261122-020000-daily.sqlite' },
      { file: 'caredesk-20261122-020000-daily.sqlite', confirm: 'yes' },
    ];
    for (const input of refused) {
      expect(recovery.dispatch('recovery.restore', input, 'lv')).toMatchObject({ ok: false, error: { kind: 'validation' } });
    }
    expect(recovery.dispatch('recovery.restore', { file: 'caredesk-20200101-000000-manual.sqlite', confirm: true }, 'lv')).toMatchObject({
      ok: false,
      error: { kind: 'not-found', code: 'recovery.backupMissing' },
    });
  });

  it('answers every other method with recovery.active, translated', () => {
    const { dataDir } = damagedCentre();
    const result = recoveryFor(dataDir).dispatch('auth.login', { username: 'a', password: 'b' }, 'ru');
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal', code: 'recovery.active' } });
    expect(!result.ok && result.error.message).toMatch(/CareDesk/);
    expect(!result.ok && result.error.message).not.toMatch(/recovery\.active/);
  });

  it('does not offer a restore for a lock: Try again opens the database once the other program lets go', () => {
    const { dataDir } = migratedDataDir();
    dirs.push(dataDir);
    const recovery = createRecovery({ start: { dataDir }, kind: 'locked', onOpened: (core) => opened.push(core), log: quiet });
    expect(data(recovery.dispatch('recovery.status', {}, 'lv'))).toMatchObject({ kind: 'locked', canRestore: false });
    expect(recovery.dispatch('recovery.restore', { file: 'caredesk-20261122-020000-daily.sqlite', confirm: true }, 'lv')).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'recovery.notOffered' },
    });
    expect(data(recovery.dispatch('recovery.retry', {}, 'lv'))).toEqual({ opened: true });
    expect(opened).toHaveLength(1);
  });
});
