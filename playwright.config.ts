import { defineConfig } from '@playwright/test';
import type { TestOptions, WorkerOptions } from './e2e/fixtures';

/**
 * End-to-end specs (e2e/*.spec.ts) run twice: against the browser host in the system Chromium, and
 * against the Electron app when its binary is installed (otherwise that project reports them skipped).
 * Each test starts its own host or app on its own data directory; see e2e/fixtures.ts.
 */
const chromium = {
  executablePath: process.env.CAREDESK_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

const clockDays = { 'a Saturday': '2026-11-28', 'a public holiday': '2026-11-18', '31 December': '2026-12-31' };
const dateSensitiveSpecs = ['day-board.spec.ts', 'meal-settings.spec.ts', 'clients.spec.ts'];

export default defineConfig<TestOptions, WorkerOptions>({
  testDir: 'e2e',
  // Builds the renderer if it is missing or older than its sources, once, before any host starts.
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // Two cores: one worker each. Every test already runs a host or an app of its own.
  workers: 2,
  retries: 0,
  reporter: [['list'], ['./e2e/summary-reporter.ts']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    headless: true,
    browserName: 'chromium',
    launchOptions: chromium,
    locale: 'lv-LV',
    timezoneId: 'Europe/Riga',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'browser', use: { runtimeOption: 'browser' } },
    { name: 'electron', use: { runtimeOption: 'electron' } },
    // The specs whose pages depend on "today", again with the computer's clock (the app's and the
    // browser's) on days that once broke them: a Saturday, a public holiday, New Year's Eve.
    ...Object.entries(clockDays).map(([day, testToday]) => ({
      name: `browser on ${day}`,
      testMatch: dateSensitiveSpecs,
      use: { runtimeOption: 'browser' as const, testToday },
    })),
  ],
});
