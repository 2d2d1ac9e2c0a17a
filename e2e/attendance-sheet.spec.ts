import path from 'node:path';
import Database from 'better-sqlite3';
import { auditRows } from './audit-rows';
import { test as base, expect, projectRoot } from './fixtures';
import { tr, type Language } from './locales';
import { AuditPage } from './pages/audit-page';
import { PrintPreview } from './pages/print-preview';
import { manager, namedClients, seedSheetCentre, sheetMonth, type SeededSheet } from './sheet-seed-data';
import { admin, centre, logIn } from './steps';
import { expectFullyTranslated } from './text-audit';
import { absenceLetters } from '../shared/domain/sheet-legend';
import { absenceReasons } from '../shared/domain/attendance';

const seeded = new Map<string, SeededSheet>();

/** Every test starts on a centre with a month of day-care attendance, written before the host starts. */
const test = base.extend<{ sheet: SeededSheet }>({
  dataDir: async ({ dataDir }, use) => {
    seeded.set(dataDir, seedSheetCentre(projectRoot, dataDir, { centreName: centre.name, admin }));
    await use(dataDir);
  },
  sheet: async ({ dataDir }, use) => {
    await use(seeded.get(dataDir)!);
  },
});

const monthWord: Record<Exclude<Language, 'en'>, string> = { lv: 'novembris', lt: 'lapkritis', ru: 'ноябрь' };
/** 18 November in the print language (the holiday library knew only its Latvian and English names). */
const proclamationDay: Record<Exclude<Language, 'en'>, string> = {
  lv: 'Latvijas Republikas proklamēšanas diena',
  lt: 'Latvijos Respublikos paskelbimo diena',
  ru: 'День провозглашения Латвийской Республики',
};

/** Each client's row number on the printed sheet, read from the PDF's layout text. */
function rowNumbers(layout: string, names: readonly string[]): Record<string, number> {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Object.fromEntries(names.map((name) => [name, Number(new RegExp(`^\\s*(\\d+)\\s+${escape(name)}`, 'm').exec(layout)?.[1])]));
}

// The records are of November 2026: the app runs on a Monday after it, whatever day the suite runs.
test.use({ testToday: '2026-12-07' });

test.describe('monthly attendance sheet', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
  });

  for (const lang of ['lv', 'lt', 'ru'] as const) {
    test(`prints November in ${lang} to an A4 PDF with translated headers, legend, names, totals and signatures`, async ({ page, sheet }, testInfo) => {
      const preview = new PrintPreview(page, 'lv');
      await preview.openSheet(sheetMonth, 'day-care', lang);
      await expect(preview.sheets.first()).toBeVisible();
      // 18 November (a holiday) and the weekends are shaded: 1, 7, 8, 14, 15, 18, 21, 22, 28, 29.
      await expect(preview.shadedDayNumbers).toHaveText(['1', '7', '8', '14', '15', '18', '21', '22', '28', '29']);
      // The title (the PDF's, and the file name a browser offers) in the print language, the service named.
      const title = `${tr(lang, 'sheets:title')} – ${tr(lang, 'sheets:service.day-care')} – ${sheetMonth}`;
      await expect(page).toHaveTitle(title);

      const { text, layout, pages, title: pdfTitle } = await preview.pdfText(testInfo, `sheet-${lang}`);
      expect(pdfTitle).toBe(title);
      expect(pages).toBe(await preview.sheets.count());
      const expected = [
        tr(lang, 'sheets:title'),
        monthWord[lang],
        `${tr(lang, 'sheets:header.service')}: ${tr(lang, 'sheets:service.day-care')}`,
        ...Array.from({ length: pages }, (_, i) => tr(lang, 'sheets:header.page', { page: i + 1, pages })),
        tr(lang, 'sheets:legend.title'),
        ...absenceReasons.map((r) => `${absenceLetters[lang][r]} — ${tr(lang, `sheets:reason.${r}`)}`),
        tr(lang, 'sheets:legend.holidays'),
        `18. — ${proclamationDay[lang]}`,
        tr(lang, 'sheets:row.presentByDay'),
        `${tr(lang, 'sheets:signature.preparedBy')}: ${admin.fullName}`,
        `${tr(lang, 'sheets:signature.approvedBy')}: ${manager.fullName}`,
        ...sheet.clientNames,
      ];
      for (const phrase of expected) expect.soft(text, `“${phrase}” in the ${lang} PDF`).toContain(phrase);
      expect(text).not.toContain('Citāda Olga');
      if (lang !== 'lv') expect(text).not.toContain(proclamationDay.lv);
      // One order and one numbering in every language: the centre's (Latvian) alphabet, Cyrillic last.
      const latvianOrder = [...sheet.clientNames].sort(new Intl.Collator('lv', { sensitivity: 'base' }).compare);
      expect(rowNumbers(layout, sheet.clientNames)).toEqual(Object.fromEntries(latvianOrder.map((name, i) => [name, i + 1])));
      // Meal totals name the meals the centre serves; dinner is neither served nor recorded, so it is left out.
      for (const kind of ['breakfast', 'lunch', 'snack']) expect.soft(text, `${kind} in the ${lang} legend`).toContain(`— ${tr(lang, `sheets:meal.${kind}`)}`);
      expect(text).not.toContain(`— ${tr(lang, 'sheets:meal.dinner')}`);

      // The totals agree with what was recorded: Bērziņš came every working day, and the month's total.
      const berzins = layout.split('\n').find((line) => line.includes('Bērziņš Valdis')) ?? '';
      expect(berzins).toMatch(new RegExp(`\\s${sheet.berzinsPresent}\\s`));
      const totals = layout.split('\n').find((line) => line.includes(tr(lang, 'sheets:row.presentByDay'))) ?? '';
      expect(totals).toMatch(new RegExp(`\\s${sheet.totalPresent}\\s`));
    });
  }

  test('an invalid month or service shows a translated error page', async ({ page }) => {
    const preview = new PrintPreview(page, 'lv');
    await page.goto('/#/print/attendance/2026-13?service=massage&lang=lt');
    await expect(preview.problemHeading).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText([
      tr('lv', 'sheets:problem.badMonth', { value: '2026-13' }),
      tr('lv', 'sheets:problem.badService', { value: 'massage' }),
    ]);
  });

  test('closing the month shows it on the sheet; reopening needs a reason; both are audited', async ({ page, dataDir }) => {
    const preview = new PrintPreview(page, 'lv');
    await preview.openSheet(sheetMonth, 'day-care', 'lv');
    await expect(preview.closingPanel).toContainText(tr('lv', 'sheets:closing.isOpen'));
    await preview.closeMonthButton.click();
    await expect(preview.closingPanel).toContainText(tr('lv', 'sheets:closing.closedNow'));
    await expect(preview.sheets.first()).toContainText(tr('lv', 'sheets:closedStamp'));

    await preview.reopenButton.click();
    await expect(preview.reopenReason).toHaveAccessibleDescription(tr('lv', 'errors:field.required'));
    await preview.reopenReason.fill('Labojums: Āboliņai 9. novembrī bija slimības lapa');
    await preview.reopenButton.click();
    await expect(preview.closingPanel).toContainText(tr('lv', 'sheets:closing.reopenedNow'));
    await expect(preview.closingPanel).toContainText('Āboliņai 9. novembrī bija slimības lapa');
    await expect(preview.sheets.first()).not.toContainText(tr('lv', 'sheets:closedStamp'));

    const audit = auditRows(dataDir, "entity = 'month_closure'");
    expect(audit.map((a) => [a.method, a.entity_id])).toEqual([
      ['months.close', '2026-11:day-care'],
      ['months.reopen', '2026-11:day-care'],
    ]);
    expect(audit[1]?.changes).toContain('slimības lapa');

    // The audit page says it in words: which action, which month of which service, what changed.
    await page.goto('/#/audit');
    const trail = new AuditPage(page, 'lv');
    await expect(trail.heading).toBeVisible();
    const record = tr('lv', 'audit:recordWithKey', { entity: tr('lv', 'audit:entity.month_closure'), key: `${sheetMonth}, ${tr('lv', 'clients:service.day-care')}` });
    await expect(trail.entries('months.close')).toHaveCount(1);
    await expect(trail.entries('months.close')).toContainText(record);
    const reopened = trail.entries('months.reopen');
    await expect(reopened).toContainText(record);
    await expect(reopened).toContainText(`${tr('lv', 'audit:field.closed')} ${tr('lv', 'audit:yes')} → ${tr('lv', 'audit:no')}`);
    await expect(reopened).toContainText(`${tr('lv', 'audit:field.reopenReason')} — → Labojums: Āboliņai 9. novembrī bija slimības lapa`);
    await expectFullyTranslated(page, 'lv');
  });

  test('printing from the browser opens its print dialog and records who printed which month', async ({ page, dataDir }) => {
    const preview = new PrintPreview(page, 'lv');
    await preview.openSheet(sheetMonth, 'day-care', 'lv');
    await page.evaluate(() => {
      // Headless Chromium has no print dialog to wait for; count the calls instead.
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await preview.printLanguage.selectOption('lt');
    await expect(preview.sheets.first()).toContainText(tr('lt', 'sheets:title'));
    await preview.printButton.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    const [row] = auditRows(dataDir, "entity = 'print'");
    expect(row).toMatchObject({ method: 'sheets.recordPrint', entity_id: 'attendance-sheet:2026-11:day-care' });
    expect(JSON.parse(row!.changes)).toMatchObject({ after: { month: '2026-11', service: 'day-care', language: 'lt', action: 'browser-print-dialog' } });
  });
});

test.describe('day list', () => {
  test('prints who came on the day, with meals, in Russian', async ({ page, dataDir }, testInfo) => {
    await logIn(page);
    const db = new Database(path.join(dataDir, 'caredesk.sqlite'), { readonly: true });
    const present = (db.prepare("SELECT count(*) AS n FROM attendance WHERE date = '2026-11-23' AND status = 'present'").get() as { n: number }).n;
    db.close();
    const preview = new PrintPreview(page, 'lv');
    await preview.openDayList('2026-11-23', 'ru');
    await expect(preview.sheets.first()).toBeVisible();
    await expect(page).toHaveTitle(`${tr('ru', 'sheets:dayList.title')} – 2026-11-23`);
    const { text } = await preview.pdfText(testInfo, 'day-list-ru');
    for (const phrase of [tr('ru', 'sheets:dayList.title'), tr('ru', 'sheets:dayList.present', { count: present }), 'Иванов Пётр', 'Bērziņš Valdis', tr('ru', 'sheets:meal.lunch')]) {
      expect.soft(text).toContain(phrase);
    }
    // In hospital from the 23rd: not on the list.
    expect(text).not.toContain(`${namedClients[4].lastName} ${namedClients[4].firstName}`);
  });
});
