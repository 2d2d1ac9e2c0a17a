import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  garbleClientsPage,
  holdExclusiveLock,
  makeReadOnly,
  migratedDataDir,
  onFullDisk,
  overwriteWithGarbage,
  truncateToHalf,
} from '../testing/damaged-database';

/**
 * `npm run serve` on each kind of broken database file: the host must keep running and say what is
 * wrong through the recovery methods (which the renderer turns into the recovery page), never exit.
 */

const tsx = path.resolve('node_modules/.bin/tsx');
const running: ChildProcess[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGTERM');
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function damaged(damage: (file: string, dataDir: string) => void = () => {}) {
  const made = migratedDataDir('caredesk-host-damaged-');
  cleanups.push(() => fs.rmSync(made.dataDir, { recursive: true, force: true }));
  damage(made.file, made.dataDir);
  return made;
}

function startHost(dataDir: string, args: string[] = []): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(tsx, ['electron/core/host/cli.ts', '--data-dir', dataDir, '--port', '0', ...args], { stdio: 'pipe' });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1].replace('0.0.0.0', '127.0.0.1'), child, output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${output}`)));
  });
}

async function call(url: string, method: string, body: unknown = {}) {
  const response = await fetch(`${url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { ok: boolean; data?: Record<string, unknown>; error?: { code: string } } };
}

/** Starts the host on the folder and checks it is up, in recovery, for this kind, and did not crash. */
async function expectRecovery(dataDir: string, kind: string) {
  const host = await startHost(dataDir);
  const status = await call(host.url, 'recovery.status');
  expect(status.body).toMatchObject({ ok: true, data: { kind } });
  expect(await call(host.url, 'setup.status')).toMatchObject({ status: 503, body: { ok: false, error: { code: 'recovery.active' } } });
  expect((await fetch(host.url)).status).toBe(200); // the page itself, which shows the recovery screen
  expect(host.child.exitCode).toBeNull();
  expect(host.output()).not.toMatch(/malformed|not a database|database is locked| {4}at /);
  return host;
}

describe('npm run serve on a damaged database', () => {
  it('cut to half: corrupt; restoring the newest backup switches to the normal app', async () => {
    const { dataDir } = damaged((file, dir) => {
      fs.mkdirSync(path.join(dir, 'backups'));
      fs.copyFileSync(file, path.join(dir, 'backups', 'caredesk-20261123-020000-daily.sqlite'));
      truncateToHalf(file);
    });
    const host = await expectRecovery(dataDir, 'corrupt');
    const restored = await call(host.url, 'recovery.restore', { file: 'caredesk-20261123-020000-daily.sqlite', confirm: true });
    expect(restored.body).toEqual({ ok: true, data: { opened: true } });
    expect(await call(host.url, 'setup.status')).toMatchObject({ status: 200, body: { ok: true } });
    expect(fs.readdirSync(dataDir).some((name) => /^caredesk\.sqlite\.damaged-\d{8}-\d{6}$/.test(name))).toBe(true);
  }, 60_000);

  it('random bytes: corrupt', async () => {
    await expectRecovery(damaged(overwriteWithGarbage).dataDir, 'corrupt');
  }, 60_000);

  it('a valid header with a garbage page: corrupt', async () => {
    await expectRecovery(damaged(garbleClientsPage).dataDir, 'corrupt');
  }, 60_000);

  it('newer than this program: too-new', async () => {
    const { dataDir } = damaged((file) => {
      const sqlite = new Database(file);
      sqlite.pragma('user_version = 999');
      sqlite.close();
    });
    await expectRecovery(dataDir, 'too-new');
  }, 60_000);

  // The lock is held here, the host runs in a child process: a real lock between two programs.
  it('held by another process: locked; Try again opens it once the lock is gone', async () => {
    const { dataDir, file } = damaged();
    const release = holdExclusiveLock(file);
    const host = await expectRecovery(dataDir, 'locked');
    expect(await call(host.url, 'recovery.restore', { file: 'caredesk-20261123-020000-daily.sqlite', confirm: true })).toMatchObject({
      status: 409,
      body: { error: { code: 'recovery.notOffered' } },
    });
    release();
    expect((await call(host.url, 'recovery.retry')).body).toEqual({ ok: true, data: { opened: true } });
    expect(await call(host.url, 'setup.status')).toMatchObject({ status: 200 });
  }, 60_000);

  it('a read-only file and a read-only folder: read-only', async (ctx) => {
    const { dataDir, file } = damaged();
    const readOnlyFile = makeReadOnly(file);
    if (!readOnlyFile) return ctx.skip('root without chattr +i: nothing here can make a file read-only for root');
    cleanups.push(readOnlyFile.undo);
    await expectRecovery(dataDir, 'read-only');

    const folder = damaged();
    const readOnlyFolder = makeReadOnly(folder.dataDir);
    if (!readOnlyFolder) return ctx.skip('root without chattr +i');
    cleanups.push(readOnlyFolder.undo);
    await expectRecovery(folder.dataDir, 'read-only');
  }, 60_000);

  it('on a full disk: disk-full', async (ctx) => {
    const full = onFullDisk();
    if (!full) return ctx.skip('mounting a 1 MB tmpfs needs root and mount rights; open-core.test.ts covers SQLITE_FULL in the classifier');
    cleanups.push(full.undo);
    await expectRecovery(full.dataDir, 'disk-full');
  }, 60_000);
});

function externalIPv4(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
}

describe('recovery mode on the network', () => {
  it('answers the recovery methods to this computer only, even with --host 0.0.0.0', async (ctx) => {
    const external = externalIPv4();
    if (!external) return ctx.skip('this machine has no network address to call from');
    const { dataDir } = damaged(truncateToHalf);
    const host = await startHost(dataDir, ['--host', '0.0.0.0']);
    const port = new URL(host.url).port;
    expect((await call(host.url, 'recovery.status')).body).toMatchObject({ ok: true, data: { kind: 'corrupt' } });
    const remote = await call(`http://${external}:${port}/`, 'recovery.status');
    expect(remote).toMatchObject({ status: 403, body: { ok: false, error: { code: 'recovery.thisComputerOnly' } } });
  }, 60_000);
});
