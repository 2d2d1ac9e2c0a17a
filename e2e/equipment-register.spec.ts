import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { tr, type Language } from './locales';
import { EquipmentPage } from './pages/equipment-page';
import { PrintPreview } from './pages/print-preview';
import { Shell } from './pages/shell';
import { centre, setUpAndLogIn } from './steps';

/**
 * Issue 15 (the register's part): a lift platform bought from an EU project is registered on screen, two
 * more items of the project by the API; their QR labels are printed on a half-used 3 × 8 sheet and read
 * back from the PDF; a shower chair written off early shows in the durability report, whose text and
 * totals are checked. In Latvian, Lithuanian and Russian.
 */

test.use({ testToday: '2026-11-20' });

const project = { code: 'ENI-LLB-1-031', name: 'Care Closer 2 Home' };
const spaced = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const money = (cents: number, language: Language) => new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(cents / 100);

async function apiCreate(page: Page, input: Record<string, unknown>): Promise<{ id: number; inventoryNumber: string }> {
  const response = await page.request.post('/api/equipment.items.create', { data: input });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { data: { id: number; inventoryNumber: string } }).data;
}

/** Every QR code on page 1 of a label PDF, by label position (1-based), 3 × 8 layout. */
function readLabels(pdf: string, dir: string): Map<number, string> {
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', pdf, `${dir}/labels`]);
  const file = fs.readdirSync(dir).find((name) => /^labels-0*1\.png$/.test(name));
  const png = PNG.sync.read(fs.readFileSync(`${dir}/${file}`));
  const mm = png.width / 210;
  const found = new Map<number, string>();
  for (let row = 0; row < 8; row += 1) {
    for (let col = 0; col < 3; col += 1) {
      const x0 = Math.round(col * 70 * mm);
      const y0 = Math.round(row * 37.125 * mm);
      const w = Math.round(70 * mm);
      const h = Math.round(37.125 * mm);
      const cell = new Uint8ClampedArray(w * h * 4);
      for (let y = 0; y < h && y0 + y < png.height; y += 1) {
        const from = ((y0 + y) * png.width + x0) * 4;
        cell.set(png.data.subarray(from, from + w * 4), y * w * 4);
      }
      const code = jsQR(cell, w, h);
      if (code) found.set(row * 3 + col + 1, code.data);
    }
  }
  return found;
}

for (const language of ['lv', 'lt', 'ru'] as const) {
  test(`${language}: a lift platform from an EU project is registered, labelled with readable QR codes and accounted for in the durability report`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await setUpAndLogIn(page);
    const shell = new Shell(page, 'lv');
    if (language !== 'lv') await shell.switchLanguage(language);
    const equipment = new EquipmentPage(page, language);

    // Register the lift platform on screen; its number is suggested from the centre's (empty) numbering.
    await equipment.navLink.click();
    await expect(equipment.heading).toBeVisible();
    await equipment.newItemButton.click();
    await expect(equipment.formField('inventoryNumber')).toHaveValue('INV-0001');
    await equipment.formField('category').selectOption('lift-platform');
    await equipment.formField('name').fill('Liftup pacēlāja platforma');
    await equipment.formField('manufacturer').fill('Liftup');
    await equipment.formField('location').fill('Ieeja');
    await equipment.formField('purchaseDate').fill('2021-05-10');
    await equipment.formField('purchaseDate').blur();
    await equipment.formField('price').fill('18500');
    await equipment.formField('fundingSource').selectOption('eu-project');
    await equipment.formField('projectCode').fill(project.code);
    await equipment.formField('projectName').fill(project.name);
    await equipment.formField('durabilityUntil').fill('2026-11-30');
    await equipment.formField('durabilityUntil').blur();
    await equipment.createButton.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Liftup pacēlāja platforma' })).toBeVisible();
    await expect(page.getByText('INV-0001', { exact: true }).first()).toBeVisible();
    await expect(page.getByText(tr(language, 'equipment:category.lift-platform')).first()).toBeVisible();

    // Two more project items, and one of its shower chairs written off early (a reason is required).
    const projectItem = { fundingSource: 'eu-project', projectCode: project.code, projectName: project.name, purchaseDate: '2021-06-01', durabilityUntil: '2026-11-30' };
    const bed = await apiCreate(page, { ...projectItem, category: 'hydromassage-bed', name: 'Hidromasāžas gulta', location: 'Duša', priceCents: 950_000 });
    const chair = await apiCreate(page, { ...projectItem, category: 'shower-chair', name: 'Dušas krēsls', location: 'Duša', priceCents: 25_000 });
    expect([bed.inventoryNumber, chair.inventoryNumber]).toEqual(['INV-0002', 'INV-0003']);
    await page.goto(`/#/equipment/${chair.id}`);
    await equipment.writeOffButton.click();
    await equipment.confirmWriteOff.click();
    await expect(equipment.writeOffRegion.getByText(tr(language, 'errors:field.writeOffReasonRequired'))).toBeVisible();
    await equipment.writeOffRegion.getByLabel(tr(language, 'equipment:writeOff.reason')).fill('Salūzis sēdeklis');
    await equipment.confirmWriteOff.click();
    await expect(page.getByText(tr(language, 'equipment:status.written-off')).first()).toBeVisible();

    // The register totals its purchase value.
    await equipment.navLink.click();
    await expect(equipment.totals).toHaveText(tr(language, 'equipment:register.totals', { count: 3, value: money(1_850_000 + 950_000 + 25_000, language) }));

    // Labels for the three items on a half-used sheet: start at label 2.
    for (const n of ['INV-0001', 'INV-0002', 'INV-0003']) await equipment.select(n).check();
    await equipment.printLabelsButton.click();
    await expect(page).toHaveURL(/#\/print\/equipment-labels\?/);
    await page.getByLabel(tr(language, 'equipment:labels.start')).fill('2');
    await expect(page).toHaveURL(/start=2/);
    await expect(equipment.labelSheets).toHaveCount(1);
    await expect(equipment.labelSheets.locator('svg')).toHaveCount(3);
    const labelPdf = testInfo.outputPath(`labels-${language}.pdf`);
    fs.writeFileSync(labelPdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    const info = execFileSync('pdfinfo', [labelPdf], { encoding: 'utf8' });
    const [width, height] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
    expect(Math.round(width ?? 0)).toBe(595);
    expect(Math.round(height ?? 0)).toBe(842);
    const pngDir = testInfo.outputPath(`png-${language}`);
    fs.mkdirSync(pngDir, { recursive: true });
    const codes = readLabels(labelPdf, pngDir);
    expect([...codes.entries()]).toEqual([[2, 'INV-0001'], [3, 'INV-0002'], [4, 'INV-0003']]);
    const labelText = spaced(execFileSync('pdftotext', ['-enc', 'UTF-8', labelPdf, '-'], { encoding: 'utf8' }));
    expect(labelText).toContain('Hidromasāžas gulta');
    expect(labelText).toContain(centre.name);

    // The durability report, in the chosen language, with its totals.
    await page.goto(`/#/print/equipment-durability/${project.code}?lang=${language}`);
    const preview = new PrintPreview(page, language);
    await expect(preview.sheets.first()).toContainText(tr(language, 'equipment:durability.title'));
    const report = await preview.pdfText(testInfo, `durability-${language}`);
    for (const phrase of [
      tr(language, 'equipment:durability.title'),
      project.code,
      'INV-0001',
      'INV-0002',
      'INV-0003',
      tr(language, 'equipment:durability.writtenOffEarly', { reason: 'Salūzis sēdeklis' }),
      tr(language, 'equipment:durability.totals', { items: 3, value: money(1_850_000 + 950_000 + 25_000, language), present: 2, inUse: 2, writtenOff: 1, writtenOffEarly: 1 }),
    ]) {
      expect.soft(spaced(report.text), `“${phrase}” in the ${language} report`).toContain(spaced(phrase));
    }

    // The same report as XLSX, downloaded next to the printed one: headers in the language, typed cells, totals.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: tr(language, 'equipment:durability.xlsx') }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe(tr(language, 'equipment:field.inventoryNumber'));
    expect([2, 3, 4].map((r) => sheet.getRow(r).getCell(2).value)).toEqual(['INV-0001', 'INV-0002', 'INV-0003']);
    expect(sheet.getRow(2).getCell(6).value).toBeInstanceOf(Date);
    expect(sheet.getRow(4).getCell(sheet.getRow(1).cellCount).text).toContain('Salūzis sēdeklis');
    const totalRow = sheet.getRow(5);
    expect(totalRow.getCell(3).value).toBe(tr(language, 'equipment:durability.totalRow', { count: 3 }));
    expect(totalRow.getCell(5).value).toBe((1_850_000 + 950_000 + 25_000) / 100);

    // A scanner types the number and Enter anywhere; the global search opens a typed number too.
    await page.goto(`/#/equipment/${bed.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Hidromasāžas gulta' })).toBeVisible();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // A scanner's burst: every key and Enter within milliseconds (typed from here, a busy test machine
    // could space the keys out like a person and the page would rightly ignore them).
    await page.evaluate((keys) => {
      for (const key of keys) window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    }, [...'INV-0003', 'Enter']);
    await expect(page.getByRole('heading', { level: 1, name: 'Dušas krēsls' })).toBeVisible();
    await equipment.searchBox.fill('INV-0001');
    await equipment.searchBox.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Liftup pacēlāja platforma' })).toBeVisible();
  });
}
