import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../core';
import { callContext, validSetup } from '../../testing/test-core';
import { insertClient } from '../../testing/board-fixtures';
import { insertItem } from '../loans/loan-fixtures';

/*
 * Two windows booking the same slot at the same moment: two processes (two CPU cores), each with its own
 * core and connection on one database file, book the same ten slots at once. For each slot exactly one
 * wins; the other gets the translated overlap, never a second row or an internal error.
 */
let dataDir: string | undefined;
afterEach(() => {
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const now = new Date(2026, 2, 9, 9, 0).toISOString();

async function preparedCentre() {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-race-'));
  const core = createCore({ dataDir, now: () => new Date(now), backupSchedule: false });
  const ctx = callContext(core);
  await core.dispatch('setup.initialise', validSetup, ctx);
  await core.dispatch('auth.login', { username: validSetup.admin.username, password: validSetup.admin.password }, ctx);
  const bed = insertItem(core.db, { number: 'HM-001', category: 'hydromassage-bed', status: 'in-use' });
  const resource = await core.dispatch('resources.create', { name: 'Hidromasāža', itemId: bed, serviceUnit: 'hydromassage', opensAt: '08:00', closesAt: '18:00', weekdays: [1, 2, 3, 4, 5] }, ctx);
  if (!resource.ok) throw new Error(resource.error.code);
  const clients = ['Anna', 'Jānis'].map((n) => insertClient(core.db, { firstName: n, lastName: 'Test' }));
  core.close();
  return { resourceId: (resource.data as { id: number }).id, clients };
}

const windowScript = fileURLToPath(new URL('./booking-race-window.ts', import.meta.url));

/** A window process: resolves `ready` once it is logged in, `done` with its outcomes. */
function window(bookings: Record<string, unknown>[]) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', windowScript, JSON.stringify({ dataDir, login: { username: validSetup.admin.username, password: validSetup.admin.password }, bookings, now })]);
  let out = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const done = new Promise<string[]>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready\n')) markReady();
    });
    child.once('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('[')) resolve(JSON.parse(last) as string[]);
      else reject(new Error(`window exited ${code}`));
    });
  });
  return { ready, done, go: () => child.stdin.write('go\n') };
}

describe('two windows booking the same slots at the same moment', () => {
  it('lets exactly one booking per slot land', async () => {
    const { resourceId, clients } = await preparedCentre();
    const slots = Array.from({ length: 10 }, (_, i) => `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);
    const windows = clients.map((clientId) => window(slots.map((startTime) => ({ resourceId, clientId, date: '2026-03-10', startTime }))));
    await Promise.all(windows.map((w) => w.ready));
    for (const w of windows) w.go();
    const [first, second] = await Promise.all(windows.map((w) => w.done));
    const outcomes = slots.map((_, i) => [first![i], second![i]].sort());
    expect(outcomes).toEqual(slots.map(() => ['bookings.overlap', 'ok']));

    const core = createCore({ dataDir, now: () => new Date(now), backupSchedule: false });
    const rows = core.db.$client.prepare('SELECT start_time FROM booking ORDER BY start_time').pluck().all();
    const audited = core.db.$client.prepare("SELECT count(*) FROM audit_log WHERE method = 'bookings.book'").pluck().get();
    core.close();
    expect(rows).toEqual(slots);
    expect(audited).toBe(10);
  }, 120_000);
});
