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
  /** With `demo`: the demo's clock shows this day (`--demo-date`), so a spec needs no particular weekday. */
  demoDate: string | null;
  /**
   * The computer's date as the app sees it (`CAREDESK_TEST_TODAY`). The clock projects set it to a
   * Saturday, a holiday and 31 December; a spec whose records need a particular day sets it itself.
   * Null: the real date, whatever day the suite runs on (or CAREDESK_TEST_TODAY of the suite's environment).
   */
  testToday: string | null;
}

interface TestFixtures {
  /** This test's data directory; removed after the test. */
  dataDir: string;
  /** The browser host for this test, or null in the electron project. */
  host: Host | null;
  /** The Electron app for this test and what it printed, or null in the browser project. */
  electron: { app: ElectronApplication; demoLogin: DemoLogin | null } | null;
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
  /** Electron's bundles and native modules, prepared once per worker before the first launch. */
  electronPrepared: { sqliteBinding: string } | null;
}

export const projectRoot = fileURLToPath(new URL('../', import.meta.url));

const startTimeoutMs = 45_000;
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

/** Runs a Node script of the project to its end and returns its output; throws when it fails. */
function runNode(args: string[]): string {
  const run = spawnSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed (${run.status ?? run.signal}):\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
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

/** The app's environment: the suite's own, with the computer's date replaced when a test says so. */
function clockEnvironment(testToday: string | null): NodeJS.ProcessEnv {
  const { CAREDESK_TEST_TODAY: _inherited, ...environment } = process.env;
  return testToday ? { ...environment, CAREDESK_TEST_TODAY: testToday } : environment;
}

const demoArgs = (demo: boolean, demoDate: string | null) => (demo ? ['--demo', ...(demoDate ? ['--demo-date', demoDate] : [])] : []);

/** Resolves with the first match of `pattern` in the child's output, waiting for it if need be. */
function waitForLine(child: ChildProcess, lines: string[], pattern: RegExp, what: string): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const find = () => {
      for (const line of lines) {
        const match = pattern.exec(line);
        if (match) return match;
      }
      return null;
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`the app printed no ${what} within ${startTimeoutMs / 1000} s:\n${lines.join('\n')}`));
    }, startTimeoutMs);
    const onData = () => {
      const match = find();
      if (match) {
        cleanup();
        resolve(match);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanup();
      reject(new Error(`the app exited (${signal ?? `code ${code}`}) before it printed its ${what}:\n${lines.join('\n')}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
    };
    // Registered after recordOutput's listener, so `lines` already holds each new chunk.
    child.stdout?.on('data', onData);
    child.on('exit', onExit);
    onData();
  });
}

/** Stops the host and anything it started: its whole process group. */
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
  demoDate: [null, { option: true }],
  // `CAREDESK_TEST_TODAY=2026-12-05 npm test` runs the whole suite on that day.
  testToday: [process.env.CAREDESK_TEST_TODAY || null, { option: true }],

  electronBinary: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern.
    async ({}, use) => {
      await use(findElectronBinary());
    },
    { scope: 'worker' },
  ],

  electronPrepared: [
    async ({ runtimeOption, electronBinary }, use) => {
      if (runtimeOption !== 'electron' || !('path' in electronBinary)) {
        await use(null);
        return;
      }
      // The main and preload bundles, as `npm start` makes them.
      runNode(['scripts/build-electron.mjs']);
      // better-sqlite3 for Electron's ABI (cached in .cache/; the first build takes minutes); the
      // script prints its path last.
      const binding = runNode(['scripts/electron-native.mjs']).trim().split('\n').at(-1) ?? '';
      if (!fs.existsSync(binding)) throw new Error(`scripts/electron-native.mjs printed no binding path: ${binding}`);
      await use({ sqliteBinding: binding });
    },
    { scope: 'worker', timeout: 600_000 },
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

  host: async ({ runtime, dataDir, demo, demoDate, testToday }, use, testInfo) => {
    if (runtime !== 'browser') {
      await use(null);
      return;
    }
    // The same command as `npm run serve`: the host's bundle, rebuilt by global-setup when stale.
    const args = ['scripts/serve.mjs', '--data-dir', dataDir, '--port', '0', ...demoArgs(demo, demoDate)];
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env: clockEnvironment(testToday),
      // Its own process group, so stopping it also stops anything it starts.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = recordOutput(child);
    let demoDir: string | undefined;
    try {
      const url = (await waitForLine(child, lines, /CareDesk is running at (http:\/\/\S+)/, 'URL'))[1]!;
      let demoLogin: DemoLogin | null = null;
      if (demo) {
        // --demo makes a data folder of its own and prints it; it is removed with the rest.
        demoDir = (await waitForLine(child, lines, /^Data folder: (.+)$/, 'data folder'))[1];
        const [, username, password] = await waitForLine(child, lines, /Demo centre login: (\S+) \/ (\S+)/, 'demo login');
        demoLogin = { username: username!, password: password! };
      }
      await use({ url, demoLogin });
    } finally {
      await stopProcessGroup(child);
      await attachLog(testInfo, 'browser host output', lines);
      if (demoDir?.startsWith(path.join(os.tmpdir(), 'caredesk-demo-'))) fs.rmSync(demoDir, { recursive: true, force: true });
    }
  },

  baseURL: async ({ host, baseURL }, use) => {
    await use(host?.url ?? baseURL);
  },

  electron: async ({ runtime, dataDir, demo, demoDate, testToday, electronBinary, electronPrepared }, use, testInfo) => {
    if (runtime !== 'electron' || !('path' in electronBinary) || !electronPrepared) {
      await use(null);
      return;
    }
    const app = await _electron.launch({
      executablePath: electronBinary.path,
      // Chromium refuses to run as root with its sandbox on, which is how CI containers run.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.', '--data-dir', dataDir, ...demoArgs(demo, demoDate)],
      cwd: projectRoot,
      env: { ...clockEnvironment(testToday), CAREDESK_SQLITE_BINDING: electronPrepared.sqliteBinding },
    });
    const child = app.process();
    const lines = recordOutput(child);
    let demoDir: string | undefined;
    try {
      let demoLogin: DemoLogin | null = null;
      if (demo) {
        const [, username, password] = await waitForLine(child, lines, /Demo centre login: (\S+) \/ (\S+)/, 'demo login');
        demoLogin = { username: username!, password: password! };
        demoDir = lines.map((l) => /^Data folder: (.+)$/.exec(l)?.[1]).find(Boolean);
      }
      await use({ app, demoLogin });
    } finally {
      await app.close();
      await attachLog(testInfo, 'electron output', lines);
      if (demoDir?.startsWith(path.join(os.tmpdir(), 'caredesk-demo-'))) fs.rmSync(demoDir, { recursive: true, force: true });
    }
  },

  /** The app, open at its start page: a browser tab on the host, or Electron's first window. */
  page: async ({ runtime, host, electron, page, testToday }, use) => {
    if (runtime === 'electron') {
      if (!electron) throw new Error('the Electron app did not start');
      await use(await electron.app.firstWindow());
      return;
    }
    if (!host) throw new Error('the browser host did not start');
    // The browser's clock shows the same day as the app's, running from mid-morning: a page that took
    // "today" from the browser instead of the app would still go wrong on a moved demo date.
    if (testToday) await page.clock.install({ time: `${testToday}T10:00:00` });
    await page.goto('/');
    await use(page);
  },

  demoLogin: async ({ host, electron, demo }, use) => {
    if (!demo) throw new Error('demoLogin needs test.use({ demo: true })');
    const login = host?.demoLogin ?? electron?.demoLogin;
    if (!login) throw new Error('the app did not print the demo login');
    await use(login);
  },
});

export { expect } from '@playwright/test';
