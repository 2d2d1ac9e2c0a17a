import { spawn } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect, projectRoot } from './fixtures';
import { tr } from './locales';
import { auditRows } from './audit-rows';
import { EquipmentMaintenancePage } from './pages/equipment-maintenance-page';
import { LoginPage } from './pages/login-page';
import { Shell } from './pages/shell';
import { admin, setUpAndLogIn } from './steps';

/**
 * Issue 15, points 2-3: a lift platform bought from an EU project gets a 12-month safety inspection,
 * one is recorded, and once the clock passes the next due date the manager's home page shows it
 * overdue; hydromassage uses of two clients are logged and counted per month.
 */
const inspectedOn = '2027-03-01';
const nextDue = '2028-03-01';
const afterDue = '2028-03-06';
test.use({ testToday: '2027-03-10' });

async function call<T>(page: Page, method: string, data: unknown): Promise<T> {
  const response = await page.request.post(`/api/${method}`, { data });
  expect(response.ok(), `${method}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { data: T }).data;
}

/** The same data folder served by a second host whose clock reads `today`: the app a year later. */
async function hostOn(dataDir: string, today: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--data-dir', dataDir, '--port', '0'], {
    cwd: projectRoot,
    env: { ...process.env, CAREDESK_TEST_TODAY: today },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`second host did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /CareDesk is running at (http:\/\/\S+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
  });
  return { url, stop: () => child.pid && process.kill(-child.pid, 'SIGTERM') };
}

const monthLabel = (language: string, year: number, month: number) => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long' }).format(new Date(year, month - 1, 1));
const dateLabel = (language: string, iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(y, m - 1, d));
};

for (const language of ['lv', 'lt', 'ru'] as const) {
  test(`${language}: a lift platform's yearly inspection comes due and shows overdue on the home page; hydromassage uses are counted per month`, async ({ page, dataDir }) => {
    test.setTimeout(180_000);
    await setUpAndLogIn(page);
    const shell = new Shell(page, 'lv');
    if (language !== 'lv') await shell.switchLanguage(language);
    const screen = new EquipmentMaintenancePage(page, language);

    const lift = await call<{ id: number }>(page, 'equipment.items.create', {
      category: 'lift-platform', name: 'Pacēlāja platforma PL-300', purchaseDate: '2026-03-01', fundingSource: 'eu-project', projectCode: 'ENI-LLB-1-031', projectName: 'Care Closer 2 Home',
    });
    const bed = await call<{ id: number }>(page, 'equipment.items.create', { category: 'hydromassage-bed', name: 'Hidromasāžas gulta', purchaseDate: '2026-01-15' });
    for (const [firstName, lastName] of [['Anna', 'Ozola'], ['Jonas', 'Kazlauskas']] as const) {
      await call(page, 'clients.create', { firstName, lastName, language: 'lv', codeCountry: '', personalCode: '' });
    }

    // A 12-month safety inspection by the supplier, then one done on 1 March 2027.
    await screen.openItem(lift.id, 'maintenance');
    await screen.button('schedules.add').click();
    await screen.field('schedules.name').fill('Tehniskā apskate');
    await screen.field('schedules.supplierName').fill('Liftu serviss SIA');
    await screen.field('schedules.supplierContact').fill('+371 26000000');
    await screen.button('schedules.save').click();
    const schedules = screen.table('schedules.title');
    await expect(schedules).toContainText(tr(language, 'equipment-maintenance:every.months', { count: 12 }));
    await expect(schedules).toContainText(dateLabel(language, '2027-03-01'));

    await screen.button('maintenance.record').click();
    await screen.field('maintenance.doneOn').fill(inspectedOn);
    await screen.field('maintenance.performedBy').fill('J. Meistars');
    await screen.field('maintenance.work').fill('Ikgadējā tehniskā apskate, akts Nr. 17');
    await screen.button('maintenance.save').click();
    await expect(screen.table('maintenance.title')).toContainText('J. Meistars');
    await expect(schedules).toContainText(dateLabel(language, nextDue));
    await expect(schedules).toContainText(screen.text('state.upcoming'));

    // Hydromassage: two uses of Anna, one of Jonas, this month.
    await screen.openItem(bed.id, 'usage');
    for (const client of ['Anna Ozola', 'Jonas Kazlauskas', 'Anna Ozola']) {
      await screen.field('usage.client', 'combobox').click();
      await screen.option(client).click();
      await screen.field('usage.minutes').fill('30');
      await screen.button('usage.save').click();
      await expect(page.getByRole('status').filter({ hasText: screen.text('usage.saved') })).toBeVisible();
    }
    const counts = page.getByTestId('usage-counts');
    await expect(counts.getByRole('row', { name: new RegExp(`${monthLabel(language, 2027, 3)}\\s*3\\s*2`) })).toBeVisible();
    await expect(screen.table('usage.title').getByRole('row')).toHaveCount(4);

    // Today the home page has nothing overdue for the lift.
    await page.goto('/#/home');
    await expect(screen.widget).toBeVisible();
    await expect(screen.widget).not.toContainText('Pacēlāja platforma PL-300');

    // A year on, past 1 March 2028: the same centre opened on 6 March shows the inspection overdue.
    const later = await hostOn(dataDir, afterDue);
    try {
      await page.goto(later.url);
      // Another address, so the browser has no language stored for it: the login page is in the centre's Latvian.
      await new LoginPage(page, 'lv').logIn(admin.username, admin.password);
      await expect(new Shell(page, language).mainMenu).toBeVisible();
      await page.goto(`${later.url}#/home`);
      await expect(screen.widget).toContainText('Pacēlāja platforma PL-300');
      await expect(screen.widget).toContainText(screen.text('widget.summary', { overdue: 1, dueSoon: 0 }));
      await expect(screen.widget.getByTestId('safety-overdue')).toBeVisible();
      await page.goto(`${later.url}#/equipment-due`);
      await expect(page.getByTestId('due-overdue')).toContainText(dateLabel(language, nextDue));

      // The warning shows wherever the item appears: its row in the register, the header of its page.
      await page.goto(`${later.url}#/equipment`);
      const liftRow = page.getByRole('row').filter({ hasText: 'Pacēlāja platforma PL-300' });
      await expect(liftRow.getByTestId('safety-overdue')).toHaveText(screen.text('badge.overdue'));
      await expect(page.getByRole('row').filter({ hasText: 'Hidromasāžas gulta' }).getByTestId('safety-overdue')).toHaveCount(0);
      await page.goto(`${later.url}#/equipment/${lift.id}`);
      const header = page.getByRole('heading', { level: 1, name: 'Pacēlāja platforma PL-300' }).locator('xpath=..');
      await expect(header.getByTestId('safety-overdue')).toHaveText(screen.text('badge.overdue'));

      // The due list prints through the shared toolbar; the browser host opens its dialog and the print is audited.
      await page.goto(`${later.url}#/print/equipment-due?lang=${language}`);
      await expect(page.getByRole('heading', { level: 1, name: screen.text('due.printTitle') })).toBeVisible();
      await page.evaluate(() => {
        // Headless Chromium has no print dialog to wait for; count the calls instead.
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void ((window as unknown as { printed: number }).printed += 1);
      });
      await page.getByRole('button', { name: tr(language, 'sheets:toolbar.print'), exact: true }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      const [printed] = auditRows(dataDir, "entity = 'print'");
      expect(printed).toMatchObject({ method: 'sheets.recordPrint', entity_id: `equipment-due:${afterDue}` });
      expect(JSON.parse(printed!.changes)).toMatchObject({ after: { document: 'equipment-due', asOf: afterDue, language, action: 'browser-print-dialog' } });
    } finally {
      later.stop();
    }
  });
}
