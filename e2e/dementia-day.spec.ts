import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect, projectRoot } from './fixtures';
import { tr } from './locales';
import { auditRows } from './audit-rows';
import { DementiaPage, programmeItemNames } from './pages/dementia-page';
import { admin, centre, logIn } from './steps';

/**
 * Issue 14 (points 1–3, 8): in lv, lt and ru a manager makes a dementia group of three clients with a
 * decision, fills the day's programme from the weekly template, enters every participant's observations
 * in the grid with the keyboard (a draft survives a reload mid-typing), sees the participant's chart,
 * and prints the observation report in the client's language (checked as PDF text).
 */
const test = base.extend({
  dataDir: async ({ dataDir }, use) => {
    execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['e2e/dementia-seed.cli.ts', dataDir, JSON.stringify({ centreName: centre.name, admin })], { cwd: projectRoot });
    await use(dataDir);
  },
});

// A Monday: the group meets Monday to Wednesday.
test.use({ testToday: '2026-03-09' });

const people = ['Ozola Anna', 'Žemaitis Kęstutis', 'Петрова Ольга'];
const clientOf = { lv: 'Ozola Anna', lt: 'Žemaitis Kęstutis', ru: 'Петрова Ольга' } as const;

for (const language of ['lv', 'lt', 'ru'] as const) {
  test(`${language}: a dementia group's day: programme from the template, observations by keyboard, the chart and the printed report`, async ({ page, dataDir }, testInfo) => {
    test.setTimeout(240_000);
    const shell = await logIn(page);
    if (language !== 'lv') await shell.switchLanguage(language);
    const d = new DementiaPage(page, language);
    const t = (key: string, params: Record<string, string | number> = {}) => tr(language, key, params);

    // The group.
    await page.getByRole('navigation').getByRole('link', { name: t('nav.dementia'), exact: true }).click();
    await expect(d.heading).toBeVisible();
    await d.field(t('dementia:groups.name')).fill('Pirmdiena–trešdiena');
    await d.field(t('dementia:groups.room')).fill('Zaļā istaba');
    await d.button('dementia:groups.create').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pirmdiena–trešdiena' })).toBeVisible();
    await d.combobox('dementia:group.editMembers').click();
    for (const name of people) await d.option(name).click();
    await page.keyboard.press('Escape');
    await d.button('dementia:group.saveMembers').click();
    for (const name of people) await expect(d.participantCard(name)).toBeVisible();
    await expect(d.participantCard('Ozola Anna')).toContainText(t('dementia:group.wandering'));
    await expect(d.participantCard('Ozola Anna')).toContainText('Bez cukura');
    await expect(d.participantCard('Ozola Anna')).toContainText('Pēteris Ozols');

    // The weekly template for Monday, then the day's programme from it.
    await d.saveTemplate([
      { from: '09:00', to: '10:00', item: programmeItemNames[language][0] },
      { from: '10:30', to: '11:30', item: programmeItemNames[language][1] },
    ]);
    await expect(page.getByText(t('dementia:template.saved'))).toBeVisible();
    await d.button('dementia:programme.fromTemplate').click();
    await expect(page.getByText(t('dementia:programme.saved'))).toBeVisible();
    const programme = page.getByRole('group', { name: t('dementia:programme.title'), exact: true });
    await expect(programme.getByLabel(`${t('dementia:programme.start')} 2`, { exact: true })).toHaveValue('10:30');

    // Observations, typed: a digit picks a scale's step; Tab moves along, Enter down the same column.
    await page.getByRole('link', { name: t('dementia:obs.open'), exact: true }).click();
    await expect(page.getByTestId('observation-row')).toHaveCount(3);
    await d.cell('dementia:obs.mood', people[0]!).focus();
    for (const [row, values] of [['4', '3', '4', '1'], ['3', '2', '3', '2'], ['5', '4', '4', '1']].entries()) {
      for (const [i, value] of values.entries()) {
        await page.keyboard.type(value);
        if (i < 3) await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      if (row < 2) await page.keyboard.press('Enter');
    }
    await expect(d.cell('dementia:obs.engagement', people[1]!)).toHaveValue('2');
    // A behaviour by keyboard: Tab from sleepiness to the first mark, Space ticks it.
    await d.cell('dementia:obs.sleepiness', people[0]!).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(d.cell('dementia:behaviour.agitation', people[0]!)).toBeChecked();
    await d.cell('dementia:obs.note', people[0]!).fill('Mierīga pēc pastaigas');
    await expect(d.saved).toBeVisible();
    await page.waitForTimeout(1200);

    // Closing the window mid-typing loses nothing: the draft comes back after a reload.
    // The window closes before the autosave reaches the core (held back here, so a slow machine cannot win the race).
    await page.route('**/api/dementia.observations.save', (route) => route.abort());
    await d.cell('dementia:obs.helped', people[1]!).pressSequentially('Mūzika');
    await page.reload();
    await page.unroute('**/api/dementia.observations.save');
    await page.getByRole('button', { name: t('draft.restore'), exact: true }).click();
    await expect(d.cell('dementia:obs.helped', people[1]!)).toHaveValue('Mūzika');
    await expect(d.saved).toBeVisible();
    await page.waitForTimeout(1200);
    await page.reload();
    await expect(d.cell('dementia:obs.mood', people[2]!)).toHaveValue('5');
    await expect(d.cell('dementia:obs.helped', people[1]!)).toHaveValue('Mūzika');

    // The participant's chart: both lines plotted, the behaviour as a mark.
    const started = Date.now();
    await page.getByRole('link', { name: people[0]!, exact: true }).click();
    await expect(d.chart.locator('svg .recharts-line')).toHaveCount(3);
    const drawnMs = Date.now() - started;
    testInfo.annotations.push({ type: 'chart-draw-ms', description: String(drawnMs) });
    await expect(d.chart.locator('svg .recharts-line-dots circle').first()).toBeVisible();
    expect(await d.chart.locator('svg circle.behaviour-mark').count()).toBeGreaterThanOrEqual(1);
    await expect(page.getByText('Mierīga pēc pastaigas')).toBeVisible();

    // The printed report, in the client's language (the chart page of this language's client).
    const client = clientOf[language];
    await page.goto(page.url().replace(/#\/dementia\/clients\/\d+/, `#/dementia/clients/${await clientIdOf(page, client)}`));
    await page.getByRole('button', { name: t('dementia:chart.print'), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/print/observations/\\d+\\?lang=${language}`));
    await expect(page.locator('article.obs-report')).toBeVisible();
    // Save as PDF… through the app's print machinery: the browser host has no save dialog, so the core
    // records the browser's print dialog (the PDF destination) in the audit, then the page prints.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByRole('button', { name: t('sheets:toolbar.savePdf'), exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const reportId = /#\/print\/observations\/(\d+)/.exec(page.url())![1];
    const printed = auditRows(dataDir, "entity = 'print'");
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatchObject({ method: 'sheets.recordPrint' });
    expect(printed[0]!.entity_id).toMatch(new RegExp(`^observation-report:${reportId}:`));
    expect(JSON.parse(printed[0]!.changes)).toMatchObject({ after: { document: 'observation-report', clientId: Number(reportId), language, action: 'browser-print-dialog' } });
    const pdf = testInfo.outputPath(`observations-${language}.pdf`);
    fs.writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const phrase of [tr(language, 'dementia:report.title'), client, tr(language, 'dementia:obs.mood'), tr(language, 'dementia:report.days', { count: 1 })]) {
      expect(text).toContain(phrase);
    }
    // A4 portrait, whatever other printed sheets the window has loaded.
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/59[45]\.\d* x 841\.\d* pts/);
    const row = language === 'lv' ? 0 : language === 'lt' ? 1 : 2;
    expect(text).toContain(`${['4', '3', '5'][row]} – ${tr(language, `dementia:scale.mood.${['4', '3', '5'][row]}`)}`);
  });
}

/** A client's id from the group's day page link (the participant card leads to their observations). */
async function clientIdOf(page: Page, name: string): Promise<string> {
  const response = await page.request.post('/api/dementia.groups.list', { data: {} });
  const groups = ((await response.json()) as { data: { groups: { id: number }[] } }).data.groups;
  const detail = await page.request.post('/api/dementia.groups.get', { data: { id: groups[0]!.id } });
  const members = ((await detail.json()) as { data: { members: { clientId: number; firstName: string; lastName: string }[] } }).data.members;
  return String(members.find((m) => `${m.lastName} ${m.firstName}` === name)!.clientId);
}
