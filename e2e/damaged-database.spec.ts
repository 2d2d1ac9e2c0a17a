import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, projectRoot } from './fixtures';
import { tr } from './locales';
import { RecoveryPage } from './pages/recovery-page';
import { logIn, setUpCentre } from './steps';

/**
 * The database file of a centre in use is damaged (cut short, as by a power cut during a copy). The
 * host must still start and show, in the centre's language, what happened and the backups, and a
 * restore must bring the centre back to its login without restarting anything.
 */

interface RunningHost {
  url: string;
  stop: () => Promise<void>;
}

/** The browser host on a folder of this test's own; it is stopped and started again within the test. */
async function startHost(dataDir: string): Promise<RunningHost> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--data-dir', dataDir, '--port', '0'], {
    cwd: projectRoot,
    detached: true, // its own process group: stopping it also stops anything it starts
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 45 s:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /CareDesk is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the host exited with ${code}:\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null || child.pid === undefined) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}

const two = (n: number) => String(n).padStart(2, '0');
/** The agreed name of a verified backup, taken now (local time), as the backups feature names one. */
function backupName(at: Date): string {
  const stamp = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
  return `caredesk-${stamp}-manual.sqlite`;
}

test('a damaged database shows a translated recovery page, and restoring the newest backup leads back to the login', async ({ browser, runtime }) => {
  test.skip(runtime !== 'browser', 'the spec restarts the browser host on the damaged file; Electron loads the same page over IPC');
  test.setTimeout(120_000);
  // A folder of its own, not the fixture's `dataDir`: the fixture's host keeps that database open.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-e2e-damaged-'));
  const page = await browser.newPage({ locale: 'lv-LV', timezoneId: 'Europe/Riga' });
  const stoppers: (() => Promise<void>)[] = [];
  try {
    const first = await startHost(dataDir);
    stoppers.push(first.stop);
    await page.goto(first.url);
    await setUpCentre(page);
    await first.stop();

    // A backup taken after the set-up, in the agreed folder and name; then the file cut to half.
    const database = path.join(dataDir, 'caredesk.sqlite');
    fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true });
    fs.copyFileSync(database, path.join(dataDir, 'backups', backupName(new Date())));
    fs.truncateSync(database, Math.floor(fs.statSync(database).size / 2));

    const second = await startHost(dataDir);
    stoppers.push(second.stop);
    await page.goto(second.url);
    const recovery = new RecoveryPage(page, 'lv');
    await expect(recovery.heading('corrupt')).toBeVisible();
    await expect(page.getByText(tr('lv', 'recovery:explain.corrupt'))).toBeVisible();
    await expect(recovery.backupRows.first()).toContainText(tr('lv', 'recovery:kind.manual'));

    await recovery.switchLanguage('ru');
    await expect(recovery.heading('corrupt')).toBeVisible();
    await expect(recovery.backups.getByRole('columnheader', { name: tr('ru', 'recovery:backups.takenAt') })).toBeVisible();
    await recovery.switchLanguage('lt');
    await expect(recovery.heading('corrupt')).toBeVisible();
    await expect(page.getByText(tr('lt', 'recovery:explain.corrupt'))).toBeVisible();
    await recovery.switchLanguage('lv');

    await recovery.restoreNewest();
    const shell = await logIn(page);
    await expect(shell.mainMenu).toBeVisible();
    expect(fs.readdirSync(dataDir).some((name) => name.startsWith('caredesk.sqlite.damaged-'))).toBe(true);
  } finally {
    for (const stop of stoppers.reverse()) await stop();
    await page.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
