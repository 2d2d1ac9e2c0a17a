import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { test as base, expect, projectRoot } from './fixtures';
import { tr } from './locales';
import { LoginPage } from './pages/login-page';
import { MunicipalExportPage } from './pages/municipal-export-page';
import { admin, centre } from './steps';
import { readUbl } from '../electron/core/services/municipal/ubl-read';

type PackLanguage = 'lv' | 'lt' | 'ru';

/** Each test seeds its own centre (statement-seed.cli.ts, as the statement spec), the administrator speaking the test's language. */
const test = base.extend<{ packLanguage: PackLanguage }>({
  packLanguage: ['lv', { option: true }],
  dataDir: async ({ dataDir, packLanguage }, use) => {
    execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['e2e/statement-seed.cli.ts', dataDir, JSON.stringify({ centreName: centre.name, admin, language: packLanguage })], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    await use(dataDir);
  },
});

// November 2026 is billed in December.
test.use({ testToday: '2026-12-07' });

const place = { street: 'Skolas iela 3', city: 'Aizkraukle', postalCode: 'LV-5101', country: 'LV' };

for (const language of ['lv', 'lt', 'ru'] as const) {
  test.describe(`municipal monthly pack (${language})`, () => {
    test.use({ packLanguage: language });

    test('reconciles (fixes one problem, confirms the other), then one click makes the month’s pack: XLSX, CSV, PDF and the e-invoice with the same totals', async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      const t = (key: string, params: Record<string, string | number> = {}) => tr(language, key, params);
      await new LoginPage(page, 'lv').logIn(admin.username, admin.password);
      const exportPage = new MunicipalExportPage(page, language);
      await exportPage.navLink.click();
      await expect(exportPage.heading).toBeVisible();
      // The invoice details an administrator keeps: the centre as seller, Aizkraukle as buyer.
      const post = async (method: string, data: object) => {
        const response = await page.request.post(`/api/${method}`, { data });
        expect(response.ok(), await response.text()).toBe(true);
      };
      await post('exports.setSeller', { legalName: 'Biedrība Saulrīts', registrationNumber: '40008012345', vatNumber: null, endpointScheme: '0218', iban: 'LV80BANK0000435195001', paymentDays: 30, ...place });
      await post('exports.setBuyer', { payer: 'LV-aizkraukle', legalName: 'Aizkraukles novada pašvaldība', institutionCode: 'AIZK-SD', registrationNumber: '90000022399', vatNumber: 'LV90000022399', endpointScheme: '9939', ...place });

      // The pack is an export: of the month's two problems, the unpriced dementia day is fixed through its
      // link (a price of 21.00 from 1 January) and the month not yet closed is confirmed.
      await expect(exportPage.warnings).toHaveCount(2);
      await exportPage.addMissingPrice(exportPage.warnings.and(page.locator('[data-kind="unpriced"]')), 'dementia-day', '2026-01-01', '21');
      await exportPage.navLink.click();
      await expect(exportPage.warnings).toHaveCount(1);
      await exportPage.confirmBox('not-closed:day-care').check();

      const button = page.getByRole('button', { name: t('reports:pack.button'), exact: true });
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const zipFile = testInfo.outputPath(`pack-${language}.zip`);
      await download.saveAs(zipFile);
      await expect(page.getByRole('status').filter({ hasText: t('reports:pack.done', { count: 10 }).split(':')[0]! })).toBeVisible();

      const zip = unzipSync(fs.readFileSync(zipFile));
      const file = (name: string) => {
        const entry = zip[`CareDesk-2026-11/${name}`];
        if (!entry) throw new Error(`${name} missing from ${Object.keys(zip).join(', ')}`);
        return Buffer.from(entry);
      };
      // CSV re-read with a CSV parser: UTF-8 with BOM, `;`, decimal comma; the last row holds the totals.
      // The pack's statement files are the single export's (same writers): the total row's municipality share.
      const csv: string[][] = parse(file('statement-LV-aizkraukle-2026-11.csv').toString('utf8'), { delimiter: ';', bom: true });
      expect(csv.at(-1)![1]).toBe(t('billing:statement.total'));
      const csvMunicipality = csv.at(-1)![csv[0]!.indexOf(t('billing:column.municipalityShare'))]!;
      // By hand (as in municipal-statement.spec.ts): 159.50 + 32.00 − 19.15 for Ilze Ozola, 8 × 21.00 for Jānis Kalns.
      expect(csvMunicipality).toBe('340,35');
      // XLSX re-read with exceljs: the same total as a number, in the summary sheet.
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file('statement-LV-aizkraukle-2026-11.xlsx') as unknown as ArrayBuffer);
      const sheet = book.getWorksheet(t('billing:statement.summary'))!;
      const totalRow = sheet.getRows(1, sheet.rowCount)!.find((row) => row.getCell(1).value === t('billing:statement.total'))!;
      const xlsxMunicipality = totalRow.getCell(7).value;
      expect(typeof xlsxMunicipality).toBe('number');
      expect((xlsxMunicipality as number).toFixed(2).replace('.', ',')).toBe(csvMunicipality);
      // The invoice XML re-read: the same amount due, VAT breakdown, BuyerReference and both endpoint ids.
      const invoice = readUbl(file('einvoice-LV-AIZKRAUKLE-2026-11.xml').toString('utf8'));
      expect(invoice.totals.payable!.replace('.', ',')).toBe(csvMunicipality);
      expect(invoice).toMatchObject({ buyerReference: 'AIZK-SD', seller: { endpointId: '40008012345', endpointScheme: '0218' }, buyer: { endpointId: 'LV90000022399', endpointScheme: '9939' } });
      expect(invoice.breakdown).toEqual([{ category: 'E', percent: '0', exemptionReasonCode: 'VATEX-EU-132-1G', taxable: invoice.totals.payable, tax: '0.00' }]);
      // The invoice's own words in the pack's language: the client's co-payment, the exemption reason (its code kept), the attached statement.
      expect(new Set(invoice.texts.allowanceReasons)).toEqual(new Set([t('reports:einvoiceXml.clientCopayment')]));
      expect(invoice.texts.exemptionReasons).toEqual([{ code: 'VATEX-EU-132-1G', reason: t('reports:einvoiceXml.exemptSocialCare') }]);
      expect(invoice.texts.documentDescriptions).toEqual([t('reports:einvoiceXml.statement')]);
      // The statement PDF (rendered by the host in Chromium), read as text: the document in the chosen language, with the same total.
      const pdfText = execFileSync('pdftotext', ['-layout', '-', '-'], { input: file('statement-LV-aizkraukle-2026-11.pdf') }).toString('utf8');
      expect(pdfText).toContain(t('billing:statement.summary'));
      expect(pdfText).toContain(t('billing:statement.confirmedWarnings', { count: 1 }));
      // Digits grouped by a (narrow) space in the PDF, not in the CSV.
      expect(pdfText.replace(/(\d)[\s\u00a0\u202f](?=\d{3}\b)/g, '$1')).toMatch(new RegExp(`${t('billing:statement.total')}\\s.*\\s${csvMunicipality}\\s*$`, 'm'));
      expect(Object.keys(zip).filter((n) => n.endsWith('.pdf')).length).toBe(4);
      const attendance = execFileSync('pdftotext', ['-layout', '-', '-'], { input: file('attendance-day-care-2026-11.pdf') }).toString('utf8');
      expect(attendance).toContain(t('sheets:title'));
      // The summary in the chosen language: the same figure and a checksum for every other file.
      const summary = file('summary.txt').toString('utf8');
      expect(summary).toContain(`${t('reports:summary.amount')}: ${invoice.totals.payable}`);
      for (const name of Object.keys(zip).map((n) => n.replace('CareDesk-2026-11/', '')).filter((n) => n !== 'summary.txt')) expect(summary).toContain(`  ${name}`);
    });
  });
}
