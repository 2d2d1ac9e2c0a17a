import type { Page } from '@playwright/test';
import { test as base, expect, projectRoot } from './fixtures';
import { tr } from './locales';
import { LoginPage } from './pages/login-page';
import { Shell } from './pages/shell';
import { seedSheetCentre } from './sheet-seed-data';
import { admin, centre, logIn } from './steps';
import { expectFullyTranslated } from './text-audit';

/** The attendance-sheet centre: a month of records a carer or reception may not print. */
const test = base.extend({
  dataDir: async ({ dataDir }, use) => {
    seedSheetCentre(projectRoot, dataDir, { centreName: centre.name, admin });
    await use(dataDir);
  },
});

test.use({ testToday: '2026-12-07' });

const password = 'Rudens-lapas-2026';

/** Adds a staff member through the API as the logged-in administrator. */
async function addStaff(page: Page, staff: { username: string; fullName: string; role: 'carer' | 'reception'; language: string }) {
  const response = await page.request.post('/api/staff.create', { data: { ...staff, password, pin: null } });
  expect(response.ok(), await response.text()).toBe(true);
}

/** Logs out whoever is in (their UI in `from`) and signs in as someone else, who sees the app in their language. */
async function signInAs(page: Page, username: string, from: 'lv' | 'lt' | 'ru', language: 'lv' | 'lt' | 'ru') {
  await page.goto('/#/');
  await new Shell(page, from).logOut();
  await new LoginPage(page, from).logIn(username, password);
  await expect(new Shell(page, language).mainMenu).toBeVisible();
}

/**
 * Opens a print address and watches the network: the translated "no access" page must show within 2 s
 * and the read must be made once (TanStack Query used to retry a 403 three times, 1 s, 2 s, 4 s apart).
 */
async function expectNoAccess(page: Page, address: string, language: 'lv' | 'lt' | 'ru', method: string, calls: number) {
  const made: string[] = [];
  const refused: string[] = [];
  const onRequest = (request: { url(): string }) => void (request.url().endsWith(`/api/${method}`) && made.push(request.url()));
  const onResponse = (response: { status(): number; url(): string }) => void (response.status() === 403 && refused.push(response.url()));
  page.on('request', onRequest);
  page.on('response', onResponse);
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1, name: tr(language, 'common:noAccess.title'), exact: true })).toBeVisible({ timeout: 2_000 });
  await expect(page.getByRole('alert')).toHaveText(tr(language, 'common:noAccess.text'));
  await expect(page.getByRole('button', { name: tr(language, 'sheets:toolbar.print'), exact: true })).toHaveCount(0);
  // A retry would come 1 s after the refusal: wait past it before counting (absence has no event to await).
  await page.waitForTimeout(1_500);
  page.off('request', onRequest);
  page.off('response', onResponse);
  expect(made, `${method} calls for ${address}`).toHaveLength(calls);
  expect(refused, `403 answers for ${address}`).toHaveLength(calls);
  await expectFullyTranslated(page, language);
}

test.describe('a print address the role may not open', () => {
  for (const language of ['lv', 'lt', 'ru'] as const) {
    test(`says “no access” in ${language} at once, asking the core once`, async ({ page }) => {
      test.setTimeout(120_000);
      await logIn(page);
      await addStaff(page, { username: `kopeja.${language}`, fullName: 'Kārlis Kopējs', role: 'carer', language });
      await addStaff(page, { username: `registratura.${language}`, fullName: 'Rita Reģistratūra', role: 'reception', language });

      await signInAs(page, `kopeja.${language}`, 'lv', language);
      await expectNoAccess(page, `/#/print/attendance/2026-11?service=day-care&lang=${language}`, language, 'sheets.attendanceMonth', 1);
      await expectNoAccess(page, '/#/print/day/2026-11-23', language, 'sheets.dayList', 1);
      // An address without its service: the role, not the spelling, is what keeps a carer out.
      await expectNoAccess(page, '/#/print/attendance/2026-11', language, 'sheets.attendanceMonth', 0);

      await signInAs(page, `registratura.${language}`, language, language);
      await expectNoAccess(page, `/#/print/attendance/2026-11?service=day-care&lang=${language}`, language, 'sheets.attendanceMonth', 1);
      // The day list is reception's to print: it opens.
      await page.goto('/#/print/day/2026-11-23');
      await expect(page.locator('section.print-sheet').first()).toBeVisible();
    });
  }
});
