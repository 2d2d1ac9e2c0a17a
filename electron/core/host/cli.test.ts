import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { isLoopback } from './loopback';

const running: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGTERM');
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function newDataDir(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-cli-'));
  dirs.push(dataDir);
  return dataDir;
}

/**
 * Starts `npm run serve`'s program (the host's bundle, rebuilt when stale) and waits for the line with its address (and, with --demo, for
 * the demo's login lines). `dataDir: null` starts it without --data-dir.
 */
function startHost(args: string[], dataDir: string | null = newDataDir()): Promise<{ url: string; output: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', ...(dataDir ? ['--data-dir', dataDir] : []), '--port', '0', ...args], { stdio: 'pipe' });
  running.push(child);
  let output = '';
  let quiet: NodeJS.Timeout | undefined;
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (!match?.[1]) return;
      const url = match[1];
      // The demo's login lines follow the address in the same burst: wait until the output goes quiet.
      if (!args.includes('--demo')) resolve({ url, output, child });
      else {
        clearTimeout(quiet);
        quiet = setTimeout(() => resolve({ url, output, child }), 300);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${output}`)));
  });
}

function externalIPv4(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
}

describe('npm run serve', () => {
  it('listens on 127.0.0.1 by default, prints its URL, and cannot be reached from other addresses', async () => {
    const { url, output } = await startHost([]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(output).not.toMatch(/WARNING/);
    const response = await fetch(`${url}api/setup.status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await response.json()).toEqual({ ok: true, data: { initialised: false, language: null } });

    const external = externalIPv4();
    if (external) {
      const port = new URL(url).port;
      await expect(fetch(`http://${external}:${port}/`)).rejects.toThrow();
    }
  }, 120_000);

  it('warns when told to listen beyond this computer', async () => {
    // --demo, so the centre has its administrator; it makes a folder of its own, removed afterwards.
    const { url, output } = await startHost(['--host', '0.0.0.0', '--demo']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const demoDir = /Data folder: (\S*caredesk-demo-\S*)/.exec(output)?.[1];
    if (demoDir) dirs.push(demoDir);
    expect(output).toMatch(/WARNING/);
    expect(url).toMatch(/^http:\/\/0\.0\.0\.0:\d+\/$/);
  }, 120_000);

  it('refuses to listen beyond this computer while the centre has no administrator', async () => {
    await expect(startHost(['--host', '0.0.0.0'])).rejects.toThrow(/exited with 2: [\s\S]*no administrator yet/);
  }, 120_000);
});

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
}

describe('npm run serve --demo (issue 13, item 16)', () => {
  it('keeps the demo in --data-dir and reuses it on the next start without seeding again', async () => {
    const dataDir = newDataDir();
    const first = await startHost(['--demo'], dataDir);
    expect(first.output).toContain(`Data folder: ${dataDir}`);
    expect(fs.existsSync(path.join(dataDir, 'caredesk.sqlite'))).toBe(true);
    first.child.kill('SIGTERM');
    await exited(first.child);
    // Still there: a folder the user named is never removed.
    const size = fs.statSync(path.join(dataDir, 'caredesk.sqlite')).size;
    expect(size).toBeGreaterThan(0);

    const second = await startHost(['--demo'], dataDir);
    const response = await fetch(`${second.url}api/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo', password: 'demo-parole-2026' }),
    });
    expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
    // Seeding again would have failed (the centre exists) or added a second set of clients.
    expect(second.output).not.toMatch(/demo setup failed|Error/);
  }, 120_000);

  it('without --data-dir uses a temp folder that is gone once the host stops', async () => {
    const { output, child } = await startHost(['--demo'], null);
    const demoDir = /^Data folder: (.+)$/m.exec(output)?.[1];
    expect(demoDir).toContain(path.join(os.tmpdir(), 'caredesk-demo-'));
    if (!demoDir) return;
    dirs.push(demoDir);
    expect(fs.existsSync(path.join(demoDir, 'caredesk.sqlite'))).toBe(true);
    child.kill('SIGTERM');
    await exited(child);
    expect(fs.existsSync(demoDir)).toBe(false);
  }, 120_000);

  it('prints the login of every role, with the PINs that are set', async () => {
    const { output } = await startHost(['--demo']);
    expect(output).toMatch(/^Demo centre login: demo \/ demo-parole-2026$/m);
    expect(output).toMatch(/administrator: demo \/ demo-parole-2026/);
    expect(output).toMatch(/manager: vita \/ vita-demo-2026(?!, PIN)/);
    expect(output).toMatch(/reception: ieva \/ ieva-demo-2026, PIN 1234/);
    expect(output).toMatch(/carer: olga \/ olga-demo-2026, PIN 5678/);
  }, 120_000);
});

/** The status of `GET /` sent with this Host header (fetch would not let us choose it). */
function statusFor(url: string, host: string): Promise<number | undefined> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    http.get({ hostname, port, path: '/', headers: { host }, setHost: false }, (res) => {
      resolve(res.statusCode);
      res.resume();
    }).on('error', reject);
  });
}

describe('npm run serve --allowed-host', () => {
  it('answers its own names and the names it was given, on the port it got; nothing else', async () => {
    const { url } = await startHost(['--allowed-host', 'reception-pc']);
    const port = new URL(url).port;
    expect(await statusFor(url, `127.0.0.1:${port}`)).toBe(200);
    expect(await statusFor(url, `localhost:${port}`)).toBe(200);
    expect(await statusFor(url, `reception-pc:${port}`)).toBe(200);
    expect(await statusFor(url, `rebind.evil.example:${port}`)).toBe(421);
  }, 120_000);

  it('refuses a name with a port or a scheme', async () => {
    await expect(startHost(['--allowed-host', 'http://reception-pc:80'])).rejects.toThrow(/exited with 2: [\s\S]*bare name/);
  }, 120_000);
});

describe('isLoopback', () => {
  it('accepts only loopback addresses', () => {
    expect(['127.0.0.1', '127.5.5.5', '::1', 'localhost'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '192.168.1.10', '::', 'example.lv'].some(isLoopback)).toBe(false);
  });
});
