import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core';
import { createHostApp } from './app';
import { allowedHosts } from './allowed-hosts';
import { validSetup } from '../testing/test-core';

const host = '127.0.0.1:5180';
const opened: { core: Core; dir: string }[] = [];
afterEach(() => {
  for (const { core, dir } of opened.splice(0)) {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A set-up centre behind the browser host, with a clock the test moves, and the admin logged in. */
async function hostWithAdmin() {
  let time = Date.parse('2026-11-23T08:00:00Z');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-static-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
  const core = createCore({ now: () => new Date(time), loginThrottle: { baseMs: 0 } });
  opened.push({ core, dir });
  const hosts = allowedHosts({ bindHost: '127.0.0.1' });
  hosts.listening(5180);
  const app = createHostApp({ core, staticDir: dir, hosts });
  const post = (method: string, body: unknown, cookie = '') =>
    app.request(`/api/${method}`, { method: 'POST', headers: { host, cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await post('setup.initialise', validSetup);
  const login = await post('auth.login', { username: validSetup.admin.username, password: validSetup.admin.password });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const events = () => app.request('/api/events', { headers: { host, cookie } });
  return { core, post, cookie, events, wait: (ms: number) => (time += ms) };
}

/** Reads an event stream; `next` gives up after a while, so a stream that never ends fails the test. */
function reader(response: Response) {
  const stream = (response.body as ReadableStream<Uint8Array>).getReader();
  let text = '';
  const read = async (until: (text: string, done: boolean) => boolean): Promise<'met' | 'timeout'> => {
    const deadline = Date.now() + 1500;
    for (;;) {
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now())));
      const chunk = await Promise.race([stream.read(), timeout]);
      if (chunk === 'timeout') return 'timeout';
      if (chunk.value) text += new TextDecoder().decode(chunk.value);
      if (until(text, chunk.done)) return 'met';
      if (chunk.done) return 'timeout';
    }
  };
  return {
    text: () => text,
    ready: () => read((t) => t.includes('event: ready')),
    ended: () => read((_t, done) => done),
    cancel: () => stream.cancel(),
  };
}

describe('the live event stream ends with the session', () => {
  it('closes on logout and refuses to reopen', async () => {
    const { post, cookie, events } = await hostWithAdmin();
    const stream = reader(await events());
    expect(await stream.ready()).toBe('met');
    expect((await post('auth.logout', {}, cookie)).status).toBe(200);
    expect(await stream.ended()).toBe('met');
    expect((await events()).status).toBe(401);
  });

  it('closes on lock, delivers nothing after it, and refuses to reopen until the owner unlocks', async () => {
    const { core, post, cookie, events } = await hostWithAdmin();
    const other = reader(await events());
    const stream = reader(await events());
    expect(await stream.ready()).toBe('met');
    expect(await other.ready()).toBe('met');
    expect((await post('auth.lock', {}, cookie)).status).toBe(200);
    core.events.emit('staff.changed', { staffId: 1 });
    expect(await stream.ended()).toBe('met');
    expect(await other.ended()).toBe('met');
    expect(stream.text() + other.text()).not.toContain('staff.changed');

    const refused = await events();
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ ok: false, error: { kind: 'unauthenticated', code: 'auth.locked' } });

    await post('auth.login', { username: validSetup.admin.username, password: validSetup.admin.password }, cookie);
    const again = reader(await events());
    expect(await again.ready()).toBe('met');
    await again.cancel();
  });

  it('stops at the idle lock even when no call comes to notice it', async () => {
    const { core, events, wait } = await hostWithAdmin();
    const stream = reader(await events());
    expect(await stream.ready()).toBe('met');
    wait(5 * 60_000 + 1000);
    core.events.emit('staff.changed', { staffId: 1 });
    expect(await stream.ended()).toBe('met');
    expect(stream.text()).not.toContain('staff.changed');
    expect((await events()).status).toBe(401);
  });

  it('closes when another user signs in on the same browser', async () => {
    const { post, cookie, events } = await hostWithAdmin();
    const colleague = { username: 'ieva', fullName: 'Ieva Kalniņa', role: 'reception', language: 'lv', password: 'kopīga-parole-2026', pin: null };
    expect((await post('staff.create', colleague, cookie)).status).toBe(200);
    const stream = reader(await events());
    expect(await stream.ready()).toBe('met');
    // Not the session's owner, so not a resume: a new session replaces the admin's.
    expect(await (await post('auth.login', { username: 'ieva', password: colleague.password }, cookie)).json()).toMatchObject({ ok: true, data: { resumed: false } });
    expect(await stream.ended()).toBe('met');
  });
});
