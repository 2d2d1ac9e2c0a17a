import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test as base, expect, projectRoot } from './fixtures';
import { tr, type Language } from './locales';
import { LoginPage } from './pages/login-page';
import { Shell } from './pages/shell';
import { DayBoardPage } from './pages/day-board-page';
import { DementiaPage, programmeItemNames } from './pages/dementia-page';
import { admin, centre } from './steps';
import { desk, groupName, novemberHours, safetyPeople } from './dementia-safety-data';

/**
 * Issue 14, the whole dementia-group day in one run, in lv, lt and ru: the manager sets the group's weekly
 * template for Monday and fills the day's programme from it; reception checks in three participants, hands
 * one over to her authorised daughter, is refused a stranger for the second and gets a manager's
 * override, and leaves the third uncollected past the group's closing time and delay; the manager sees
 * the alarm, enters every participant's observations in the grid by keyboard (kept after a reload),
 * writes an incident with a follow-up (a due date before the incident is refused) and prints the month's
 * respite statement (PDF text) and list (XLSX re-read) with the right hours. The drafts, the chart and the
 * printed observation report are dementia-day.spec.ts's.
 *
 * The host's clock runs at the real time of day (CAREDESK_TEST_TODAY moves only the date), so the group
 * closes 40 minutes before the test starts: everyone still here is already late.
 */
const closing = () => {
  const now = new Date();
  const minutes = now.getHours() * 60 + now.getMinutes();
  const closes = Math.max(minutes - 40, 1);
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { closesAt: hhmm(closes), delay: Math.max(0, Math.min(30, minutes - closes - 5)) };
};

const test = base.extend<{ language: Language }>({
  language: ['lv', { option: true }],
  dataDir: async ({ dataDir, language }, use) => {
    const { closesAt, delay } = closing();
    execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['e2e/dementia-safety-seed.cli.ts', dataDir, JSON.stringify({ centreName: centre.name, admin }), language, closesAt, String(delay)], { cwd: projectRoot });
    await use(dataDir);
  },
});

test.use({ testToday: '2026-12-07' });

/** Observations typed per participant (board order): mood, engagement, appetite, sleepiness. */
const observed = [['4', '3', '4', '1'], ['3', '2', '3', '2'], ['5', '4', '4', '1']] as const;

const boardName = (p: (typeof safetyPeople)[number]) => `${p.lastName} ${p.firstName}`;
const cardName = (p: (typeof safetyPeople)[number]) => `${p.firstName} ${p.lastName}`;

/** The login page speaks the language of whoever logged out last (lv on a fresh start). */
async function logInAs(page: Page, language: Language, who: { username: string; password: string }, loginLanguage: Language = 'lv') {
  await new LoginPage(page, loginLanguage).logIn(who.username, who.password);
  const shell = new Shell(page, language);
  await expect(shell.mainMenu).toBeVisible();
  return shell;
}

for (const language of ['lv', 'lt', 'ru'] as const) {
  test.describe(language, () => {
    test.use({ language });

    test(`${language}: the whole dementia-group day: programme from the template, arrivals, hand-overs, the collect alarm, observations, an incident and the month's respite hours`, async ({ page, runtime }, testInfo) => {
      test.setTimeout(240_000);
      const t = (key: string, params: Record<string, string | number> = {}) => tr(language, key, params);
      const [anna, kestutis, olga] = safetyPeople as [(typeof safetyPeople)[number], (typeof safetyPeople)[number], (typeof safetyPeople)[number]];

      const dementia = new DementiaPage(page, language);
      const openGroup = async (shell: Shell) => {
        await shell.navLink('dementia').click();
        await expect(dementia.heading).toBeVisible();
        await page.getByRole('table', { name: t('dementia:title'), exact: true }).getByRole('link', { name: groupName, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: groupName, exact: true })).toBeVisible();
      };

      // The manager's morning: the weekly template for Monday (empty so far), then today's programme from it.
      const morning = await logInAs(page, language, desk.manager);
      await openGroup(morning);
      await expect(page.getByText(t('dementia:template.empty'), { exact: true })).toBeVisible();
      await dementia.saveTemplate([
        { from: '09:00', to: '10:00', item: programmeItemNames[language][0] },
        { from: '10:30', to: '11:30', item: programmeItemNames[language][1] },
      ]);
      await expect(page.getByText(t('dementia:template.saved'), { exact: true })).toBeVisible();
      await dementia.button('dementia:programme.fromTemplate').click();
      await expect(page.getByText(t('dementia:programme.saved'), { exact: true })).toBeVisible();
      const programme = page.getByRole('group', { name: t('dementia:programme.title'), exact: true });
      for (const [i, from] of ['09:00', '10:30'].entries()) {
        await expect(programme.getByLabel(`${t('dementia:programme.start')} ${i + 1}`, { exact: true })).toHaveValue(from);
        await expect(programme.getByLabel(`${t('dementia:programme.item')} ${i + 1}`, { exact: true }).first()).toHaveValue(programmeItemNames[language][i]!);
      }
      // The board's red list follows the core's live events. In the browser host they come over an
      // EventSource that a logout ends and the next log-in opens again (renderer/src/api/transport.http.ts):
      // reception starts once the new session's stream is open.
      const eventsBack = runtime === 'browser' ? page.waitForResponse((r) => r.url().endsWith('/api/events') && r.request().method() === 'GET' && r.ok(), { timeout: 30_000 }) : null;
      await morning.logOut();

      // Reception: three arrivals.
      const reception = await logInAs(page, language, desk.reception, language);
      await eventsBack;
      const board = new DayBoardPage(page, language);
      if (!(await board.heading.isVisible())) await reception.navLink('board').click();
      await expect(board.heading).toBeVisible();
      for (const person of safetyPeople) {
        await board.checkInButton(boardName(person)).click();
        await expect(board.row(boardName(person)).getByRole('button', { name: t('board:action.checkOut'), exact: true })).toBeVisible();
      }
      // Past the group's closing time: all three are in red with their collectors' phones one click away.
      const late = page.getByRole('region', { name: t('safety:notCollected.title'), exact: true });
      await expect(late.getByTestId('not-collected')).toHaveCount(3);
      await expect(late.getByRole('link', { name: t('safety:handOver.call', { phone: `${olga.carer} ${olga.phone}` }), exact: true })).toHaveAttribute('href', `tel:${olga.phone.replace(/[^+\d]/g, '')}`);

      // A hand-over to the authorised daughter, recognised by her ID hint.
      await board.row(boardName(anna)).getByRole('button', { name: t('board:action.checkOut'), exact: true }).click();
      const dialog = page.getByRole('dialog', { name: t('safety:handOver.title'), exact: true });
      await expect(dialog.getByText(t('safety:handOver.idHint', { hint: anna.idHint }), { exact: true })).toBeVisible();
      await dialog.getByRole('radio', { name: `${anna.carer}, ${anna.phone}`, exact: true }).check();
      await dialog.getByRole('button', { name: t('safety:handOver.confirm'), exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(late.getByTestId('not-collected')).toHaveCount(2);

      // A stranger is refused; the manager's override with a reason lets him take the client.
      await board.row(boardName(kestutis)).getByRole('button', { name: t('board:action.checkOut'), exact: true }).click();
      await dialog.getByRole('radio', { name: t('safety:handOver.someoneElse'), exact: true }).check();
      await dialog.getByLabel(t('safety:handOver.otherName')).fill('Svešs Kungs');
      await dialog.getByRole('button', { name: t('safety:handOver.confirm'), exact: true }).click();
      await expect(dialog.getByText(t('errors:handOver.notAuthorised'))).toBeVisible();
      await dialog.getByLabel(t('safety:handOver.reason')).fill('Meita slima, piezvanīja');
      await dialog.getByLabel(t('safety:handOver.managerUsername')).fill(desk.manager.username);
      await dialog.getByLabel(t('safety:handOver.managerPassword')).fill(desk.manager.password);
      await dialog.getByRole('button', { name: t('safety:handOver.confirm'), exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(late.getByTestId('not-collected')).toHaveCount(1);
      await expect(late).toContainText(cardName(olga));

      // The manager: the alarm on the home page for the one still not collected.
      await reception.logOut();
      const manager = await logInAs(page, language, desk.manager, language);
      await manager.openHome();
      const alarm = page.getByRole('alert').filter({ hasText: t('safety:notCollected.alarmTitle') });
      await expect(alarm).toContainText(cardName(olga));

      // Observations of today's group session for all three, typed: a digit picks a scale's step, Tab moves
      // along the row, Enter down the column; Space ticks the first behaviour after sleepiness.
      await openGroup(manager);
      await page.getByRole('link', { name: t('dementia:obs.open'), exact: true }).click();
      await expect(page.getByTestId('observation-row')).toHaveCount(3);
      await dementia.cell('dementia:obs.mood', boardName(anna)).focus();
      for (const [row, values] of observed.entries()) {
        for (const [i, value] of values.entries()) {
          await page.keyboard.type(value);
          if (i < 3) await page.keyboard.press('Tab');
        }
        for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+Tab');
        if (row < 2) await page.keyboard.press('Enter');
      }
      await dementia.cell('dementia:obs.sleepiness', boardName(anna)).focus();
      await page.keyboard.press('Tab');
      // The autosave that carries the last change (the ticked behaviour) is the one to wait for.
      const lastSave = page.waitForResponse((r) => r.url().endsWith('/api/dementia.observations.save') && (r.request().postData() ?? '').includes('agitation'));
      await page.keyboard.press('Space');
      await expect(dementia.cell('dementia:behaviour.agitation', boardName(anna))).toBeChecked();
      expect((await lastSave).ok()).toBe(true);
      await expect(dementia.saved).toBeVisible();
      await page.reload();
      await expect(page.getByTestId('observation-row')).toHaveCount(3);
      for (const [row, person] of safetyPeople.entries()) {
        for (const [i, scale] of ['mood', 'engagement', 'appetite', 'sleepiness'].entries()) {
          await expect(dementia.cell(`dementia:obs.${scale}`, boardName(person))).toHaveValue(observed[row]![i]!);
        }
      }
      await expect(dementia.cell('dementia:behaviour.agitation', boardName(anna))).toBeChecked();

      // An incident with a follow-up; a follow-up due before the incident is refused.
      await manager.mainMenu.getByRole('link', { name: t('safety:nav.incidents'), exact: true }).click();
      await page.getByRole('button', { name: t('safety:incidents.new'), exact: true }).click();
      const form = page.getByRole('dialog', { name: t('safety:incidents.new'), exact: true });
      await form.getByLabel(t('safety:incidents.client')).click();
      await page.getByRole('option', { name: cardName(anna), exact: true }).click();
      await form.getByLabel(t('safety:incidents.occurredAt')).fill('10:15');
      await form.getByLabel(t('safety:incidents.place')).fill('Koridors');
      await form.getByLabel(t('safety:incidents.description')).fill('Paklupa uz paklāja, piecēlās ar palīdzību.');
      await form.getByLabel(t('safety:incidents.action')).fill('Noņemt paklāju');
      await form.getByRole('combobox', { name: t('safety:incidents.responsible'), exact: true }).click();
      await page.getByRole('option', { name: desk.manager.fullName, exact: true }).click();
      await form.getByLabel(t('safety:incidents.dueOn')).fill('2026-12-10');
      await form.getByRole('button', { name: t('safety:incidents.save'), exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('safety:incidents.reportTitle'), exact: true })).toBeVisible();
      const followUps = page.getByRole('table', { name: t('safety:incidents.followUps'), exact: true });
      await expect(followUps).toContainText('Noņemt paklāju');
      await page.getByRole('textbox', { name: t('safety:incidents.action'), exact: true }).fill('Zvanīt ģimenei');
      await page.getByRole('combobox', { name: t('safety:incidents.responsible'), exact: true }).click();
      await page.getByRole('option', { name: desk.manager.fullName, exact: true }).click();
      await page.getByLabel(t('safety:incidents.dueOn'), { exact: true }).fill('2026-12-01');
      await page.getByRole('button', { name: t('safety:incidents.addFollowUp'), exact: true }).click();
      await expect(page.getByText(t('errors:incidents.followUpBeforeIncident', { date: '2026-12-07' }))).toBeVisible();
      await expect(followUps.getByRole('row')).toHaveCount(2);

      // Respite hours of November: the list as XLSX, the statement of this language's carer as PDF.
      const carer = safetyPeople.find((p) => p.carerLanguage === language)!;
      await manager.mainMenu.getByRole('link', { name: t('safety:nav.respite'), exact: true }).click();
      await page.getByLabel(t('safety:respite.monthLabel')).fill('2026-11');
      const list = page.getByRole('table', { name: t('safety:respite.title'), exact: true });
      const row = list.getByRole('row').filter({ hasText: carer.carer });
      await expect(row).toContainText('27,5');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('safety:respite.downloadXlsx'), exact: true }).click()]);
      const xlsx = testInfo.outputPath(`respite-${language}.xlsx`);
      await download.saveAs(xlsx);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsx);
      const sheet = book.worksheets[0]!;
      expect(sheet.getRow(1).getCell(5).value).toBe(tr(language, 'safety:respite.hours'));
      const carers: [unknown, unknown][] = [];
      sheet.eachRow((r, n) => { if (n > 1) carers.push([r.getCell(1).value, r.getCell(5).value]); });
      expect(carers).toEqual(expect.arrayContaining(safetyPeople.map((p) => [p.carer, novemberHours])));

      await row.getByRole('link', { name: t('safety:respite.print'), exact: true }).click();
      await expect(page.locator('article.safety-print')).toBeVisible();
      const pdf = testInfo.outputPath(`respite-${language}.pdf`);
      fs.writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(tr(language, 'safety:respite.statementTitle'));
      expect(text).toContain(carer.carer);
      expect(text).toContain(tr(language, 'safety:respite.hoursValue', { hours: '27,5' }));
    });
  });
}
