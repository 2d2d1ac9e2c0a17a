import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { createCore } from '#core/core';
import { fixedSession } from '#core/call-context';
import { ensureRendererBuilt } from '#core/host/renderer-build';
import { benchClock } from '../fixtures/bench-clock';
import { spawnHost } from '../fixtures/host-process';
import { defineScenario } from '../scenario';

interface State {
  browser: Browser;
  template: string;
  dir: string;
  n: number;
}

/** Enabled username and password fields and a submit button: the user can type and sign in. */
const usableLogin = 'form:has(input[type="password"]:enabled) button[type="submit"]:enabled';

/**
 * Issue 13: from `npm run serve` being started on a set-up centre to a login page the user can type
 * into, ≤ 1.5 s. Each start gets a fresh copy of the same centre, as a reception PC starts in the
 * morning. Timed from the spawn until Chromium shows the usable form. Baseline: starting `node -e ''`,
 * the floor of any Node program on this machine.
 */
export default defineScenario<State>({
  id: 'host-start',
  name: 'browser host start: spawn `npm run serve` until Chromium shows a usable login page',
  baselineName: "start and exit `node -e ''`",
  maxP95Ms: 1500,
  selfTimed: true,
  warmup: 1,
  // Each start takes seconds: fewer than the usual 200 keeps the run bearable.
  iterations: 20,
  async setup(env) {
    const projectRoot = path.resolve('.');
    await ensureRendererBuilt(projectRoot, path.join(projectRoot, 'dist', 'renderer'));
    const template = path.join(env.dir, 'host-start-template');
    const core = createCore({ dataDir: template, now: benchClock });
    const centre = { name: 'Bench centrs (starts)', country: 'LV' as const, municipality: 'LV-riga', language: 'lv' as const };
    const admin = { username: 'bench.start', password: 'bench-parole-2026', fullName: 'Bench Administratore' };
    const setup = await core.dispatch('setup.initialise', { centre, admin }, { session: fixedSession(null), language: 'lv', origin: 'bench' });
    if (!setup.ok) throw new Error(`host-start set-up failed: ${setup.error.code}`);
    core.close();
    const browser = await chromium.launch({ executablePath: process.env.CAREDESK_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    env.onClose(() => browser.close());
    return { browser, template, dir: env.dir, n: 0 };
  },
  baseline() {
    return new Promise<number>((resolve, reject) => {
      const started = performance.now();
      spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
        .on('exit', () => resolve(performance.now() - started))
        .on('error', reject);
    });
  },
  async subject(state) {
    const dataDir = path.join(state.dir, `host-start-${state.n++}`);
    fs.cpSync(state.template, dataDir, { recursive: true });
    const context = await state.browser.newContext({ locale: 'lv-LV', timezoneId: 'Europe/Riga' });
    const page = await context.newPage();
    const started = performance.now();
    const host = spawnHost(['--data-dir', dataDir, '--port', '0']);
    try {
      await page.goto(await host.url);
      await page.locator(usableLogin).waitFor();
      return performance.now() - started;
    } finally {
      await context.close();
      await host.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
});
