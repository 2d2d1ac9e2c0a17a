import { test as base, expect, projectRoot } from './fixtures';
import { tr } from './locales';
import { PrintPreview } from './pages/print-preview';
import { manager, seedSheetCentre, sheetMonth, type SeededSheet } from './sheet-seed-data';
import { admin, centre, logIn } from './steps';
import { weekdayAbbreviations } from '../shared/domain/weekday-abbreviations';

const seeded = new Map<string, SeededSheet>();

/** A centre with 67 day-care clients in November 2026: three A4 pages of the month's sheet. */
const test = base.extend<{ sheet: SeededSheet }>({
  dataDir: async ({ dataDir }, use) => {
    seeded.set(dataDir, seedSheetCentre(projectRoot, dataDir, { centreName: centre.name, admin }, 60));
    await use(dataDir);
  },
  sheet: async ({ dataDir }, use) => {
    await use(seeded.get(dataDir)!);
  },
});

// Before: 20 clients a page and a blank band under them, the signatures on every page.
const oldRowsPerPage = 20;
const columns = ['number', 'name', 'code', 'present', 'absences', 'meals'] as const;

/** The clients whose rows a page holds (each name is on exactly one row). */
const namesOn = (pageText: string, names: readonly string[]) => names.filter((name) => pageText.includes(name));
const words = (pageText: string) => new Set(pageText.split(' '));

test.use({ testToday: '2026-12-07' });

test.describe('printed page layout', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
  });

  for (const lang of ['lv', 'lt', 'ru'] as const) {
    test(`the ${lang} month sheet fills each A4 page alike, repeats whole headers and keeps the signatures with the last rows`, async ({ page, sheet }, testInfo) => {
      const preview = new PrintPreview(page, 'lv');
      await preview.openSheet(sheetMonth, 'day-care', lang);
      await expect(preview.sheets.first()).toBeVisible();
      // No header outgrows its column: nothing is cut or runs into the next one.
      const overflowing = await page.locator('section.print-sheet th').evaluateAll((cells) =>
        cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1 || cell.scrollHeight > cell.clientHeight + 1).map((cell) => cell.textContent),
      );
      expect(overflowing).toEqual([]);

      const { pageTexts, pages } = await preview.pdfText(testInfo, `layout-${lang}`);
      expect(pages).toBe(await preview.sheets.count());
      expect(pages).toBeGreaterThanOrEqual(2);
      const rowsOnPage = pageTexts.map((text) => namesOn(text, sheet.clientNames).length);
      expect(rowsOnPage.reduce((a, b) => a + b, 0)).toBe(sheet.clientNames.length);
      const full = rowsOnPage.slice(0, -1);
      expect(new Set(full).size, `rows per page: ${rowsOnPage.join(', ')}`).toBe(1);
      expect(full[0]!, `rows per page: ${rowsOnPage.join(', ')}`).toBeGreaterThanOrEqual(oldRowsPerPage + 3);

      const signature = `${tr(lang, 'sheets:signature.preparedBy')}: ${admin.fullName}`;
      pageTexts.forEach((text, i) => {
        const last = i === pageTexts.length - 1;
        // Every page: the title, its number, every column header in whole words, the weekday row.
        expect.soft(text).toContain(tr(lang, 'sheets:title'));
        expect.soft(text).toContain(tr(lang, 'sheets:header.page', { page: i + 1, pages }));
        for (const column of columns) {
          for (const word of tr(lang, `sheets:column.${column}`).split(' ')) expect.soft([...words(text)], `“${word}” on page ${i + 1}`).toContain(word);
        }
        for (const day of weekdayAbbreviations[lang]) expect.soft([...words(text)], `${day} on page ${i + 1}`).toContain(day);
        // Only the last page signs, and it is the page of the last rows.
        expect.soft(text.includes(signature), `signature on page ${i + 1}`).toBe(last);
        expect.soft(text.includes(`${tr(lang, 'sheets:signature.approvedBy')}: ${manager.fullName}`), `approval on page ${i + 1}`).toBe(last);
      });
      expect(rowsOnPage.at(-1)).toBeGreaterThan(0);
      expect(pageTexts.at(-1)).toContain(tr(lang, 'sheets:row.presentByDay'));
    });
  }

  test('Russian weekdays are two letters, so Tuesday and Sunday differ', async ({ page }, testInfo) => {
    const preview = new PrintPreview(page, 'lv');
    await preview.openSheet(sheetMonth, 'day-care', 'ru');
    await expect(preview.sheets.first()).toBeVisible();
    const weekdayRow = page.locator('section.print-sheet').first().locator('thead tr').nth(1).locator('th');
    // November 2026 starts on a Sunday.
    await expect(weekdayRow.first()).toHaveText('Вс');
    await expect(weekdayRow.nth(2)).toHaveText('Вт');
    const { layout } = await preview.pdfText(testInfo, 'weekdays-ru');
    expect(layout).toMatch(/Вс\s+Пн\s+Вт\s+Ср\s+Чт\s+Пт\s+Сб\s+Вс/);
  });

  test('the day list fills its pages alike and signs after its last row', async ({ page }, testInfo) => {
    const preview = new PrintPreview(page, 'lv');
    await preview.openDayList('2026-11-23', 'ru');
    await expect(preview.sheets.first()).toBeVisible();
    const { pageTexts, pages } = await preview.pdfText(testInfo, 'day-list-layout-ru');
    expect(pages).toBeGreaterThanOrEqual(2);
    // Rows are numbered: the numbers on each page are the rows it holds.
    const rowsOnPage = await preview.sheets.evaluateAll((sheets) => sheets.map((s) => s.querySelectorAll('tbody tr').length));
    expect(new Set(rowsOnPage.slice(0, -1)).size, `rows per page: ${rowsOnPage.join(', ')}`).toBe(1);
    const signature = `${tr('ru', 'sheets:signature.preparedBy')}: ${admin.fullName}`;
    pageTexts.forEach((text, i) => {
      expect.soft(text).toContain(tr('ru', 'sheets:dayList.arrived'));
      expect.soft(text.includes(signature), `signature on page ${i + 1}`).toBe(i === pageTexts.length - 1);
    });
  });
});
