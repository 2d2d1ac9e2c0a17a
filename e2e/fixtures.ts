import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, _electron, type ElectronApplication, type TestInfo } from '@playwright/test';

/**
 * Each test gets a CareDesk of its own: a fresh data directory and either the browser host (project
 * `browser`) or the Electron app (project `electron`) started on it. Specs receive `page` with the app
 * already open, so the same spec runs unchanged in both.
 */

export type Runtime = 'browser' | 'electron';

export interface DemoLogin {
  username: string;
  password: string;
}

interface Host {
  url: string;
  demoLogin: DemoLogin | null;
}

export interface TestOptions {
  /** Start with `--demo`: a seeded demo centre instead of an empty data directory. */
  demo: boolean;
}

interface TestFixtures {
  /** This test's data directory; removed after the test. */
  dataDir: string;
  /** The browser host for this test, or null in the electron project. */
  host: Host | null;
  /** The Electron app for this test, or null in the browser project. */
  electronApp: ElectronApplication | null;
  /** The demo centre's login as the app printed it (demo tests only). */
  demoLogin: DemoLogin;
  runtime: Runtime;
}

export interface WorkerOptions {
  /** Which way the app is run; set by the project in playwright.config.ts. */
  runtimeOption: Runtime;
}

interface WorkerFixtures {
  /** The Electron binary, or why there is none. */
  electronBinary: { path: string } | { missing: string };
  /** Runs scripts/build-electron.mjs once per worker before the first Electron launch. */
  electronBuilt: boolean;
}

export const projectRoot = fileURLToPath(new URL('../', import.meta.url));

const hostStartTimeoutMs = 45_000;
const stopTimeoutMs = 5_000;

function findElectronBinary(): { path: string } | { missing: string } {
  try {
    // The `electron` package exports the path of its binary, or throws when the download was skipped.
    const binary: unknown = createRequire(import.meta.url)('electron');
    if (typeof binary === 'string' && fs.existsSync(binary)) return { path: binary };
    return { missing: `the electron package points at ${String(binary)}, which does not exist` };
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
}

/** Collects a child's output so a failing test can show it. */
function recordOutput(child: ChildProcess): string[] {
  const lines: string[] = [];
  const collect = (prefix: string) => (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(`${prefix}${line}`);
  };
  child.stdout?.on('data', collect(''));
  child.stderr?.on('data', collect('[stderr] '));
  return lines;
}

function parseDemoLogin(lines: string[]): DemoLogin | null {
  for (const line of lines) {
    const match = /Demo centre login: (\S+) \/ (\S+)/.exec(line);
    if (match?.[1] && match[2]) return { username: match[1], password: match[2] };
  }
  return null;
}

function waitForUrl(child: ChildProcess, lines: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`the browser host printed no URL within ${hostStartTimeoutMs / 1000} s:\n${lines.join('\n')}`));
    }, hostStartTimeoutMs);
    const onData = () => {
      for (const line of lines) {
        const match = /CareDesk is running at (http:\/\/\S+)/.exec(line);
        if (match?.[1]) {
          cleanup();
          resolve(match[1]);
          return;
        }
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanup();
      reject(new Error(`the browser host exited (${signal ?? `code ${code}`}) before it was ready:\n${lines.join('\n')}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
    };
    // Registered after recordOutput's listener, so `lines` already holds the new chunk.
    child.stdout?.on('data', onData);
    child.on('exit', onExit);
  });
}

/** Stops the host and anything it started (tsx runs the app in a child process): its whole group. */
async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), stopTimeoutMs))]);
  if (timedOut) {
    signalGroup('SIGKILL');
    await exited;
  }
}

async function attachLog(testInfo: TestInfo, name: string, lines: string[]): Promise<void> {
  if (testInfo.status !== testInfo.expectedStatus && lines.length > 0) {
    await testInfo.attach(name, { body: lines.join('\n'), contentType: 'text/plain' });
  }
}

export const test = base.extend<TestOptions & TestFixtures, WorkerOptions & WorkerFixtures>({
  runtimeOption: ['browser', { option: true, scope: 'worker' }],
  demo: [false, { option: true }],

  electronBinary: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern.
    async ({}, use) => {
      await use(findElectronBinary());
    },
    { scope: 'worker' },
  ],

  electronBuilt: [
    async ({ runtimeOption, electronBinary }, use) => {
      if (runtimeOption !== 'electron' || !('path' in electronBinary)) {
        await use(false);
        return;
      }
      const build = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: projectRoot, encoding: 'utf8' });
      if (build.status !== 0) {
        throw new Error(`node scripts/build-electron.mjs failed (${build.status ?? build.signal}):\n${build.stdout}\n${build.stderr}`);
      }
      await use(true);
    },
    { scope: 'worker' },
  ],

  // Runs before every other test fixture, so without a binary nothing is started for nothing.
  runtime: [
    async ({ runtimeOption, electronBinary }, use) => {
      if (runtimeOption === 'electron' && 'missing' in electronBinary) {
        test.skip(true, `Electron binary not installed on this machine: ${electronBinary.missing}`);
      }
      await use(runtimeOption);
    },
    { auto: true },
  ],

  dataDir: async ({ runtime }, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `caredesk-e2e-${runtime}-`));
    try {
      await use(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },

  host: async ({ runtime, dataDir, demo }, use, testInfo) => {
    if (runtime !== 'browser') {
      await use(null);
      return;
    }
    const args = ['electron/core/host/cli.ts', '--data-dir', dataDir, '--port', '0', ...(demo ? ['--demo'] : [])];
    const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), args, {
      cwd: projectRoot,
      // Its own process group, so stopping it also stops the node process tsx starts.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = recordOutput(child);
    try {
      const url = await waitForUrl(child, lines);
      // The demo lines follow the URL line within the same callback, but a pipe may deliver them in a
      // later chunk; wait for them a little rather than for one turn of the event loop.
      for (let waited = 0; demo && !parseDemoLogin(lines) && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setImmediate(resolve));
      await use({ url, demoLogin: parseDemoLogin(lines) });
    } finally {
      await stopProcessGroup(child);
      await attachLog(testInfo, 'browser host output', lines);
      // --demo makes its own data folder and prints it; remove it with the rest.
      const demoDir = lines.map((l) => /^Data folder: (.+)$/.exec(l)?.[1]).find((d) => d?.includes('caredesk-demo-'));
      if (demo && demoDir?.startsWith(os.tmpdir())) fs.rmSync(demoDir, { recursive: true, force: true });
    }
  },

  baseURL: async ({ host, baseURL }, use) => {
    await use(host?.url ?? baseURL);
  },

  electronApp: async ({ runtime, dataDir, demo, electronBinary, electronBuilt }, use, testInfo) => {
    if (runtime !== 'electron' || !('path' in electronBinary) || !electronBuilt) {
      await use(null);
      return;
    }
    const app = await _electron.launch({
      executablePath: electronBinary.path,
      args: ['.', '--data-dir', dataDir, ...(demo ? ['--demo'] : [])],
      cwd: projectRoot,
    });
    const lines = recordOutput(app.process());
    try {
      await use(app);
    } finally {
      await app.close();
      await attachLog(testInfo, 'electron output', lines);
    }
  },

  /** The app, open at its start page: a browser tab on the host, or Electron's first window. */
  page: async ({ runtime, host, electronApp, page }, use) => {
    if (runtime === 'electron') {
      if (!electronApp) throw new Error('the Electron app did not start');
      await use(await electronApp.firstWindow());
      return;
    }
    if (!host) throw new Error('the browser host did not start');
    await page.goto('/');
    await use(page);
  },

  demoLogin: async ({ host, demo }, use) => {
    if (!demo) throw new Error('demoLogin needs test.use({ demo: true })');
    test.skip(!host, 'The demo login is read from the browser host output');
    if (!host?.demoLogin) throw new Error('the browser host did not print the demo login');
    await use(host.demoLogin);
  },
});

export { expect } from '@playwright/test';
