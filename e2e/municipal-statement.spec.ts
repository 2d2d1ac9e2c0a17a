import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { test as base, expect, projectRoot } from './fixtures';
import { tr } from './locales';
import { LoginPage } from './pages/login-page';
import { MunicipalExportPage } from './pages/municipal-export-page';
import { PrintPreview } from './pages/print-preview';
import { admin, centre } from './steps';

type StatementLanguage = 'lv' | 'lt' | 'ru';

/** Each test seeds its own centre (statement-seed.cli.ts), with the administrator speaking the test's language. */
const test = base.extend<{ statementLanguage: StatementLanguage }>({
  statementLanguage: ['lv', { option: true }],
  dataDir: async ({ dataDir, statementLanguage }, use) => {
    execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['e2e/statement-seed.cli.ts', dataDir, JSON.stringify({ centreName: centre.name, admin, language: statementLanguage })], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    await use(dataDir);
  },
});

// November 2026 is billed in December.
test.use({ testToday: '2026-12-07' });

/**
 * Expected by hand for Aizkraukle (the own municipality) once the dementia day has its price of 21.00:
 * Ilze Ozola 10 present days + 1 unexcused = 11 × 14.50 = 159.50 and 10 lunches × 3.20 = 32.00, her 10 %
 * = 15.95 + 3.20 = 19.15; Jānis Kalns 8 dementia days × 21.00 = 168.00. Riga's client is not on it.
 */
const expected = { units: 29, amount: '359,50', vat: '0,00', gross: '359,50', client: '19,15', municipality: '340,35' };
const cents = { amount: 35950, client: 1915, municipality: 34035 };

for (const language of ['lv', 'lt', 'ru'] as const) {
  test.describe(`municipal statement (${language})`, () => {
    test.use({ statementLanguage: language });

    test('reconciles a month with two problems, fixes one, confirms the other, and the XLSX, CSV and PDF carry the same totals', async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      const t = (key: string, params: Record<string, string | number> = {}) => tr(language, key, params);
      await new LoginPage(page, 'lv').logIn(admin.username, admin.password);
      const exportPage = new MunicipalExportPage(page, language);
      await exportPage.navLink.click();
      await expect(exportPage.heading).toBeVisible();

      // Two problems: no price for the dementia group's day, and the day-care month not closed.
      await expect(exportPage.warnings).toHaveCount(2);
      const unpriced = exportPage.warnings.and(page.locator('[data-kind="unpriced"]'));
      await expect(unpriced).toContainText('Kalns Jānis');
      await expect(unpriced).toContainText(t('billing:units.dementia-day'));
      await expect(exportPage.warning('not-closed:day-care')).toContainText(t('billing:warning.not-closed', { service: t('billing:service.day-care') }));
      await expect(exportPage.xlsxButton).toBeDisabled();
      await expect(page.getByText(t('billing:page.unconfirmed', { count: 2 }))).toBeVisible();

      // Fix the first through its link: the price list, a price for the dementia day from 1 January.
      await exportPage.addMissingPrice(unpriced, 'dementia-day', '2026-01-01', '21');

      // Back on the export page only the open month is left: confirm it.
      await exportPage.navLink.click();
      await expect(exportPage.warnings).toHaveCount(1);
      await expect(exportPage.warning('not-closed:day-care')).toBeVisible();
      await exportPage.confirmBox('not-closed:day-care').check();
      await expect(exportPage.xlsxButton).toBeEnabled();

      // XLSX, re-read with exceljs: typed numbers and dates, the summary's total row.
      const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), exportPage.xlsxButton.click()]);
      const xlsxFile = testInfo.outputPath(`statement-${language}.xlsx`);
      await xlsxDownload.saveAs(xlsxFile);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsxFile);
      const summary = book.worksheets[0]!;
      expect(summary.name).toBe(t('billing:statement.summary'));
      const totalRow = [...Array(summary.rowCount).keys()].map((i) => summary.getRow(i + 1)).find((row) => row.getCell(1).value === t('billing:statement.total'));
      expect(totalRow, 'a total row in the summary').toBeDefined();
      expect([2, 3, 4, 5, 6, 7].map((c) => totalRow!.getCell(c).value)).toEqual([29, 359.5, 0, 359.5, 19.15, 340.35]);
      const days = book.worksheets.find((s) => s.name.startsWith(t('billing:units.care-day-8h').slice(0, 20)))!;
      const ilze = days.getRow(5);
      expect(ilze.getCell(2).value).toBe('Ozola Ilze');
      expect(ilze.getCell(7).value).toBeInstanceOf(Date);
      expect(typeof ilze.getCell(9).value).toBe('number');
      await expect(exportPage.totals).toContainText(expected.municipality);

      // CSV: BOM, ';', decimal comma; the last row is the overall total.
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), exportPage.csvButton.click()]);
      const csvFile = testInfo.outputPath(`statement-${language}.csv`);
      await csvDownload.saveAs(csvFile);
      const bytes = fs.readFileSync(csvFile);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows: string[][] = parse(bytes.subarray(3).toString('utf8'), { delimiter: ';' });
      expect(rows[0]![1]).toBe(t('billing:column.client'));
      const total = rows.at(-1)!;
      expect(total[1]).toBe(t('billing:statement.total'));
      expect([total[8], total[10], total[12], total[13], total[14], total[15]]).toEqual([String(expected.units), expected.amount, expected.vat, expected.gross, expected.client, expected.municipality]);

      // PDF through the print page, signed by hand: the same totals in its summary.
      await exportPage.pdfButton.click();
      await expect(page).toHaveURL(/#\/print\/statement\/2026-11\?/);
      const summaryTable = page.getByTestId('statement-summary');
      await expect(summaryTable).toBeVisible();
      const pdf = await new PrintPreview(page, language).pdfText(testInfo, `statement-${language}`);
      const summaryLine = `${t('billing:statement.total')} ${expected.units} ${expected.amount} ${expected.vat} ${expected.gross} ${expected.client} ${expected.municipality}`;
      expect(pdf.text).toContain(summaryLine);
      for (const phrase of [t('billing:statement.preparedBy'), t('billing:statement.approvedBy'), t('billing:statement.signature'), 'Ozola Ilze', 'Kalns Jānis']) {
        expect.soft(pdf.text, `“${phrase}” in the ${language} PDF`).toContain(phrase);
      }
      expect(pdf.text).not.toContain('Egle Pēteris');

      // The same cents in all three: the XLSX and CSV numbers above, and the core's answer.
      const answer = await page.request.post('/api/exports.statement', {
        data: { month: '2026-11', payer: 'LV-aizkraukle', format: 'pdf', language, confirmed: ['not-closed:day-care'] },
      });
      const totals = ((await answer.json()) as { data: { statement: { totals: { amountCents: number; clientShareCents: number; municipalityShareCents: number } } } }).data.statement.totals;
      expect([totals.amountCents, totals.clientShareCents, totals.municipalityShareCents]).toEqual([cents.amount, cents.client, cents.municipality]);
    });
  });
}
