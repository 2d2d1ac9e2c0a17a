import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core';
import { createHostApp } from './app';
import { allowedHosts } from './allowed-hosts';
import { validSetup } from '../testing/test-core';

interface Running {
  core: Core;
  server: http.Server;
  dir: string;
}
const running: Running[] = [];
afterEach(async () => {
  for (const { core, server, dir } of running.splice(0)) {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** The browser host on a real @hono/node-server (the body is read from Node's request there), set up. */
async function realHost() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-static-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
  const core = createCore({ now: () => new Date('2026-11-23T08:00:00Z'), loginThrottle: { baseMs: 0 } });
  const hosts = allowedHosts({ bindHost: '127.0.0.1' });
  const app = createHostApp({ core, staticDir: dir, hosts });
  const server = await new Promise<http.Server>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
      hosts.listening(info.port);
      resolve(s as http.Server);
    });
  });
  running.push({ core, server, dir });
  const port = (server.address() as AddressInfo).port;
  const setup = await post(port, 'setup.initialise', JSON.stringify(validSetup));
  expect(setup.status).toBe(200);
  return { core, port };
}

/** A POST with node:http, so the test chooses between a declared length and a chunked body. */
function post(port: number, method: string, body: string | string[], headers: http.OutgoingHttpHeaders = {}) {
  return new Promise<{ status: number; json: { ok: boolean; error?: { code: string } } }>((resolve, reject) => {
    const chunked = Array.isArray(body);
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${method}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': Buffer.byteLength(body) }), ...headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) as { ok: boolean; error?: { code: string } } }));
      },
    );
    request.on('error', reject);
    for (const part of chunked ? body : [body]) request.write(part);
    request.end();
  });
}

const oneMegabyte = 1024 * 1024;
/** A login whose password field makes the JSON `bytes` long. */
const loginOf = (bytes: number) => {
  const shell = JSON.stringify({ username: 'x', password: '' });
  return JSON.stringify({ username: 'x', password: 'a'.repeat(bytes - shell.length) });
};

describe('the browser host holds every request body to its limit', () => {
  it('answers a JSON body with a declared length, read straight from the socket', async () => {
    const { port } = await realHost();
    const tiles = await post(port, 'auth.tiles', '{}');
    expect(tiles.status).toBe(200);
    expect(tiles.json.ok).toBe(true);
    const wrong = await post(port, 'auth.login', JSON.stringify({ username: validSetup.admin.username, password: 'not-the-password' }));
    expect(wrong.json.error?.code).toBe('auth.wrongCredentials');
  });

  it('refuses a declared length over 1 MB with 413 before reading it, and nothing reaches the service', async () => {
    const { core, port } = await realHost();
    const auditRows = () => core.db.$client.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const before = auditRows();
    const tooLong = await post(port, 'auth.login', loginOf(oneMegabyte + 1));
    expect(tooLong.status).toBe(413);
    expect(tooLong.json.error?.code).toBe('request.tooLarge');
    expect(auditRows()).toBe(before);
  });

  it('refuses a chunked body that grows over 1 MB as it arrives, and takes one under the limit', async () => {
    const { port } = await realHost();
    const big = loginOf(oneMegabyte + 64 * 1024);
    const chunks = big.match(/[\s\S]{1,65536}/g) as string[];
    const refused = await post(port, 'auth.login', chunks);
    expect(refused.status).toBe(413);
    expect(refused.json.error?.code).toBe('request.tooLarge');

    const small = JSON.stringify({ username: validSetup.admin.username, password: 'not-the-password' });
    const answered = await post(port, 'auth.login', [small.slice(0, 10), small.slice(10)]);
    expect(answered.json.error?.code).toBe('auth.wrongCredentials');
  });

  it('refuses a body that is not JSON, whichever way it is sent', async () => {
    const { port } = await realHost();
    expect((await post(port, 'auth.tiles', '{"broken')).json.error?.code).toBe('request.invalidJson');
    expect((await post(port, 'auth.tiles', ['{"bro', 'ken'])).json.error?.code).toBe('request.invalidJson');
  });
});
