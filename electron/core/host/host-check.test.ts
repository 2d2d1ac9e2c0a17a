import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createCore, type Core } from '../core';
import { createHostApp } from './app';
import { allowedHosts, isHostName } from './allowed-hosts';
import { validSetup } from '../testing/test-core';

const port = 5180;
let core: Core;
let app: Hono;
let staticDir: string;

beforeAll(() => {
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>CareDesk</title>');
  core = createCore({ loginThrottle: { baseMs: 0 } });
  const hosts = allowedHosts({ bindHost: '127.0.0.1' });
  hosts.listening(port);
  app = createHostApp({ core, staticDir, hosts });
});
afterAll(() => {
  core.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

const post = (method: string, body: unknown, headers: Record<string, string>) =>
  app.request(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('DNS rebinding: the browser host answers only to its own names', () => {
  it('refuses a foreign Host with 421 on every path, before any handler runs', async () => {
    const evil = { host: `rebind.evil.example:${port}` };
    const setup = await post('setup.initialise', validSetup, evil);
    expect(setup.status).toBe(421);
    expect(await setup.json()).toMatchObject({ ok: false, error: { kind: 'forbidden', code: 'request.misdirected' } });
    expect((await post('auth.login', { username: 'anna.admin', password: 'x' }, evil)).status).toBe(421);
    expect((await app.request('/api/events', { headers: evil })).status).toBe(421);
    expect((await app.request('/', { headers: evil })).status).toBe(421);
    expect((await app.request('/index.html', { headers: evil })).status).toBe(421);
    // Nothing happened: the centre is still empty for the real host.
    const status = await post('setup.status', {}, { host: `127.0.0.1:${port}` });
    expect(await status.json()).toEqual({ ok: true, data: { initialised: false, language: null } });
  });

  it('refuses the right name on another port, no Host at all, and look-alikes', async () => {
    for (const host of [`localhost:${port + 1}`, 'localhost', `localhost.:${port}`, `127.0.0.1.evil.example:${port}`, `evil.example:${port}@127.0.0.1`]) {
      expect((await app.request('/', { headers: { host } })).status, host).toBe(421);
    }
    expect((await app.request('/')).status).toBe(421);
  });

  it('answers 127.0.0.1, localhost and [::1] on its port', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect((await app.request('/', { headers: { host } })).status, host).toBe(200);
    }
  });

  it('refuses a state-changing call whose Origin is not this host, with 403', async () => {
    const host = `localhost:${port}`;
    for (const origin of ['http://rebind.evil.example', `http://rebind.evil.example:${port}`, `http://127.0.0.1:${port}`, `https://localhost:${port}`, 'null']) {
      expect((await post('setup.status', {}, { host, origin })).status, origin).toBe(403);
    }
    expect((await post('setup.status', {}, { host, origin: `http://localhost:${port}` })).status).toBe(200);
  });
});

describe('allowedHosts', () => {
  it('knows nothing until the port is known (--port 0)', () => {
    const hosts = allowedHosts({ bindHost: '127.0.0.1' });
    expect(hosts.allows('127.0.0.1:0')).toBe(false);
    hosts.listening(40123);
    expect(hosts.allows('127.0.0.1:40123')).toBe(true);
  });

  it('adds the --host address and the --allowed-host names, and the port-less form on port 80', () => {
    const hosts = allowedHosts({ bindHost: '192.168.1.10', extraNames: ['Reception-PC', 'fe80::1'] });
    hosts.listening(80);
    for (const host of ['192.168.1.10', '192.168.1.10:80', 'reception-pc', 'reception-pc:80', '[fe80::1]:80', 'localhost']) {
      expect(hosts.allows(host), host).toBe(true);
    }
    expect(hosts.allows('reception-pc.evil.example')).toBe(false);
  });

  it('bound to every interface, accepts the PC’s own addresses but not 0.0.0.0 or any name', () => {
    const hosts = allowedHosts({ bindHost: '0.0.0.0' });
    hosts.listening(5180);
    const own = Object.values(os.networkInterfaces()).flat().find((i) => i?.family === 'IPv4')?.address;
    if (own) expect(hosts.allows(`${own}:5180`)).toBe(true);
    expect(hosts.allows('0.0.0.0:5180')).toBe(false);
    expect(hosts.allows('203.0.113.7:5180')).toBe(false);
    expect(hosts.allows('rebind.evil.example:5180')).toBe(false);
  });

  it('takes bare names and addresses only', () => {
    expect(['reception-pc', 'reception-pc.local', '192.168.1.10', '::1'].every(isHostName)).toBe(true);
    expect(['', 'a b', 'x:80', 'http://x', '-x', 'x/'].some(isHostName)).toBe(false);
  });
});
