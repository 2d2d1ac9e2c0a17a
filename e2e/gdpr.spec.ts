import fs from 'node:fs';
import path from 'node:path';
import { auditRows } from './audit-rows';
import { test as base, expect, projectRoot } from './fixtures';
import { gdprClients, seedGdprCentre, type GdprClientIds } from './gdpr-seed-data';
import { tr, type Language } from './locales';
import { ClientsPages } from './pages/clients';
import { PrintPreview } from './pages/print-preview';
import { PrivacyPages } from './pages/privacy';
import { SettingsPage } from './pages/settings-page';
import { admin, centre, logIn } from './steps';
import { expectFullyTranslated } from './text-audit';

/**
 * GDPR from the administrator's chair: a client's access report as PDF (in the client's language) and
 * JSON, the retention period, and erasing a client kept past it. The centre is seeded through the core
 * (gdpr-seed.cli.ts): two clients served in November 2026, two discharged in 2019 and 2021.
 */
let ids: GdprClientIds;
const test = base.extend({
  dataDir: async ({ dataDir }, use) => {
    ids = seedGdprCentre(projectRoot, dataDir, { centreName: centre.name, admin });
    await use(dataDir);
  },
});

// The app runs on a Monday a week after the last attendance, whatever day the suite runs.
test.use({ testToday: '2026-12-07' });

const fullName = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;

/** Phrases of the access report every language must show: its title, the sections, the trail's card opening. */
const reportPhrases = (language: Language, client: { firstName: string; lastName: string; decisionNumber: string }) => [
  tr(language, 'privacy:access.title'),
  `${tr(language, 'privacy:access.subject')}: ${fullName(client)}`,
  client.decisionNumber,
  tr(language, 'privacy:access.section.decisions'),
  tr(language, 'privacy:access.section.attendance'),
  tr(language, 'privacy:access.section.audit'),
  tr(language, 'audit:method.clients.create'),
  `${tr(language, 'sheets:signature.preparedBy')}: ${admin.fullName}`,
];

test.describe('GDPR', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
  });

  test('the access report opens in the client’s language as a PDF, downloads as JSON, and is audited', async ({ page, dataDir, runtime }, testInfo) => {
    test.setTimeout(120_000);
    const privacy = new PrivacyPages(page, 'lv');
    const preview = new PrintPreview(page, 'lv');
    const clients = new ClientsPages(page, 'lv');

    await page.goto(`/#/clients/${ids.latvian}`);
    await expect(clients.cardHeading(fullName(gdprClients.latvian))).toBeVisible();
    await privacy.accessReportButton.click();
    await expect(page).toHaveURL(new RegExp(`#/print/access/${ids.latvian}\\?lang=lv$`));
    await expect(preview.sheets.first()).toContainText(tr('lv', 'privacy:access.title'));
    const lv = await preview.pdfText(testInfo, 'access-lv');
    for (const phrase of reportPhrases('lv', gdprClients.latvian)) expect.soft(lv.text, `“${phrase}” in the lv PDF`).toContain(phrase);
    const [exported] = auditRows(dataDir, "method = 'clients.accessExport'");
    expect(exported).toMatchObject({ entity_id: String(ids.latvian) });

    if (runtime === 'browser') {
      // The JSON is the answer the preview shows, saved by the browser (Electron would ask where).
      const downloading = page.waitForEvent('download');
      await privacy.downloadJsonButton.click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(new RegExp(`^access-export-${ids.latvian}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
      const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
      expect(json).toMatchObject({
        client: { firstName: gdprClients.latvian.firstName, lastName: gdprClients.latvian.lastName, language: 'lv' },
        decisions: [{ decisionNumber: gdprClients.latvian.decisionNumber }],
        attendance: [{ date: gdprClients.latvian.attendedOn, status: 'present', arrivedAt: '08:45', leftAt: '15:30' }],
      });
    }

    // Lithuanian from the toolbar: same data, another language.
    await preview.printLanguage.selectOption('lt');
    await expect(preview.sheets.first()).toContainText(tr('lt', 'privacy:access.title'));
    const lt = await preview.pdfText(testInfo, 'access-lt');
    for (const phrase of reportPhrases('lt', gdprClients.latvian)) expect.soft(lt.text, `“${phrase}” in the lt PDF`).toContain(phrase);

    // Printing is recorded as the access report of this client.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await preview.printButton.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(auditRows(dataDir, "entity = 'print'")).toMatchObject([{ method: 'sheets.recordPrint', entity_id: `access-export:${ids.latvian}` }]);

    // A Russian-speaking client's report opens in Russian.
    await page.goto(`/#/clients/${ids.russian}`);
    await expect(clients.cardHeading(fullName(gdprClients.russian))).toBeVisible();
    await privacy.accessReportButton.click();
    await expect(page).toHaveURL(new RegExp(`#/print/access/${ids.russian}\\?lang=ru$`));
    await expect(preview.sheets.first()).toContainText(tr('ru', 'privacy:access.title'));
    const ru = await preview.pdfText(testInfo, 'access-ru');
    for (const phrase of reportPhrases('ru', gdprClients.russian)) expect.soft(ru.text, `“${phrase}” in the ru PDF`).toContain(phrase);
  });

  test('a client kept past the retention period is erased: gone from the list, the search and the file', async ({ page, dataDir }) => {
    test.setTimeout(120_000);
    const privacy = new PrivacyPages(page, 'lv');
    const settings = new SettingsPage(page, 'lv');
    const clients = new ClientsPages(page, 'lv');
    const gone = fullName(gdprClients.longGone);
    const recent = fullName(gdprClients.recent);

    await page.goto('/#/settings');
    await expect(settings.heading).toBeVisible();
    await expect(privacy.retentionYears).toHaveValue('5');
    await privacy.retentionYears.fill('6');
    await privacy.saveRetentionButton.click();
    await expect(privacy.retentionSaved).toBeVisible();
    await privacy.retentionListLink.click();
    await expect(privacy.retentionHeading).toBeVisible();
    await expect(privacy.retentionPeriod(6)).toBeVisible();
    // Six years: 2019 is past them, June 2021 not yet.
    await expect(privacy.eraseButton(gone)).toBeVisible();
    await expect(privacy.eraseButton(recent)).toHaveCount(0);

    // The page speaks Lithuanian and Russian too.
    for (const language of ['lt', 'ru', 'lv'] as const) {
      await privacy.switchLanguage(language);
      await expect(privacy.retentionHeading).toBeVisible();
      await expect(privacy.retentionPeriod(6)).toBeVisible();
      await expectFullyTranslated(page, language);
    }

    await privacy.eraseButton(gone).click();
    await expect(privacy.eraseDialog(gone)).toBeVisible();
    await expectFullyTranslated(page, 'lv');
    await privacy.eraseReason(gone).fill('Beidzies glabāšanas termiņš');
    await privacy.eraseConfirmName(gone).fill('Gunārs Kāds');
    await expect(privacy.eraseConfirmButton(gone)).toBeDisabled();
    await privacy.eraseConfirmName(gone).fill(gone);
    await privacy.eraseConfirmButton(gone).click();
    await expect(privacy.erasedNotice).toBeVisible();
    await expect(privacy.nobodyPastRetention).toBeVisible();
    expect(auditRows(dataDir, "method = 'clients.erase'")).toHaveLength(1);

    // Gone from the header search and from the list of discharged clients; the other one stays.
    await clients.search.fill('Aizgāj');
    await expect(page.getByText(tr('lv', 'clients:search.nothing'), { exact: true })).toBeVisible();
    await expect(clients.searchOptions).toHaveCount(0);
    await clients.search.fill('Nesen');
    await expect(clients.searchResult(recent)).toBeVisible();
    await clients.search.press('Escape');
    await page.goto('/#/clients');
    await clients.clientField('list.status').selectOption('discharged');
    await expect(clients.listRows).toHaveText([new RegExp(gdprClients.recent.lastName)]);

    // And from the database file itself, as written on disk.
    const file = path.join(dataDir, 'caredesk.sqlite');
    const bytes = Buffer.concat([fs.readFileSync(file), ...(fs.existsSync(`${file}-wal`) ? [fs.readFileSync(`${file}-wal`)] : [])]);
    for (const trace of [gdprClients.longGone.lastName, gdprClients.longGone.personalCode]) expect(bytes.includes(Buffer.from(trace, 'utf8')), trace).toBe(false);
  });
});
