import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type ServerType } from '@hono/node-server';
import { createCore, type Core } from '../core';
import { createHostApp } from './app';
import { allowedHosts } from './allowed-hosts';
import { validSetup } from '../testing/test-core';

let core: Core;
let server: ServerType;
let base: string;
let staticDir: string;

beforeAll(async () => {
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>CareDesk</title>');
  core = createCore({ loginThrottle: { baseMs: 0 } });
  const hosts = allowedHosts({ bindHost: '127.0.0.1' });
  server = serve({ fetch: createHostApp({ core, staticDir, hosts }).fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  hosts.listening(port);
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => {
  server.close();
  core.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

function post(method: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function loginCookie(): Promise<string> {
  const response = await post('auth.login', { username: validSetup.admin.username, password: validSetup.admin.password });
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

describe('browser host /api', () => {
  it('sets up a centre over HTTP', async () => {
    const response = await post('setup.initialise', validSetup);
    expect(await response.json()).toMatchObject({ ok: true, data: { initialised: true, recoveryCode: expect.any(String) as unknown } });
  });

  it('answers unauthenticated, not-found and validation with fitting statuses', async () => {
    const me = await post('auth.me', {});
    expect(me.status).toBe(401);
    expect(await me.json()).toMatchObject({ ok: false, error: { kind: 'unauthenticated', message: 'Lūdzu, piesakieties.' } });

    const unknown = await post('clients.teleport', {});
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, error: { kind: 'not-found' } });

    const invalid = await post('auth.login', { username: 42 }, { 'x-caredesk-language': 'en' });
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { error: { issues: { path: unknown[] }[] } };
    expect(body).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(body.error.issues.map((i) => i.path)).toEqual([['username'], ['password']]);
  });

  it('refuses bodies that are not JSON, or not valid JSON', async () => {
    const form = await fetch(`${base}/api/auth.login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=a' });
    expect(form.status).toBe(415);
    const broken = await post('auth.login', '{"username":');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: { kind: 'validation', code: 'request.invalidJson' } });
  });

  it('refuses cross-site requests', async () => {
    const response = await post('setup.status', {}, { origin: 'http://evil.example' });
    expect(response.status).toBe(403);
  });

  it('keeps the session in an HttpOnly, SameSite=Strict cookie and ends it on logout', async () => {
    const response = await post('auth.login', { username: validSetup.admin.username, password: validSetup.admin.password });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0] as string;
    expect(JSON.stringify(await response.json())).not.toContain(cookie.split('=')[1]);

    expect((await post('auth.me', {}, { cookie })).status).toBe(200);
    expect((await post('auth.logout', {}, { cookie })).status).toBe(200);
    expect((await post('auth.me', {}, { cookie })).status).toBe(401);
  });

  it('streams server events to logged-in staff only', async () => {
    expect((await fetch(`${base}/api/events`)).status).toBe(401);
    const cookie = await loginCookie();
    const controller = new AbortController();
    const stream = await fetch(`${base}/api/events`, { headers: { cookie }, signal: controller.signal });
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) text += new TextDecoder().decode((await reader.read()).value);
    };
    await readUntil('event: ready');
    expect((await post('auth.setLanguage', { language: 'lt' }, { cookie })).status).toBe(200);
    await readUntil('event: staff.changed');
    controller.abort();
  });

  it('serves the app with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'; script-src 'self'/);
    expect(await response.text()).toContain('<title>CareDesk</title>');
  });
});
