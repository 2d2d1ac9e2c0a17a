import { auditRows } from './audit-rows';
import { test as base, expect, projectRoot } from './fixtures';
import { tr } from './locales';
import { PrintPreview } from './pages/print-preview';
import { SessionsPage } from './pages/sessions-page';
import { seedSheetCentre } from './sheet-seed-data';
import { admin, centre, logIn } from './steps';

/**
 * Every test starts on the attendance-sheet centre: its clients (Latvian, Lithuanian and Cyrillic
 * names) attended in November 2026, so they are on the day board of 20 November and can join a
 * session held that day.
 */
const test = base.extend({
  dataDir: async ({ dataDir }, use) => {
    seedSheetCentre(projectRoot, dataDir, { centreName: centre.name, admin });
    await use(dataDir);
  },
});

const sessionDate = '2026-11-20';
const present = 'Иванов Пётр';
const absent = 'Šmits Ģirts';
const others = ['Žemaitėlis Kęstutis', 'Āboliņa Līga', 'Bērziņš Valdis'];
// The centre is Latvian: its alphabet orders and numbers the list in every print language.
const byLatvianAlphabet = ['Āboliņa Līga', 'Bērziņš Valdis', 'Šmits Ģirts', 'Žemaitėlis Kęstutis', 'Иванов Пётр'];
const monthWord = { lv: 'novembr', ru: 'ноября' } as const;

/** The line of the PDF's layout text that holds a participant's row. */
const rowOf = (layout: string, name: string) => layout.split('\n').find((line) => line.includes(name)) ?? '';

// The records are of November 2026: the app runs on a Monday after it, whatever day the suite runs.
test.use({ testToday: '2026-12-07' });

test.describe('session participant list', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
  });

  test('a session made on screen prints its participants to sign, in Latvian and Russian, and the print is audited', async ({ page, dataDir }, testInfo) => {
    test.setTimeout(120_000);
    const sessions = new SessionsPage(page, 'lv');
    await page.getByRole('navigation').getByRole('link', { name: tr('lv', 'nav.sessions'), exact: true }).click();
    await expect(sessions.heading).toBeVisible();
    await sessions.activity.click();
    await sessions.option('Mākslas terapija').click();
    await sessions.sessionField('date').fill(sessionDate);
    await sessions.sessionField('startTime').fill('10:00');
    await sessions.sessionField('endTime').fill('11:30');
    await sessions.sessionField('leader').fill('Inese Kalna');
    await sessions.sessionField('room').fill('Mākslas telpa');
    await sessions.createButton.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mākslas terapija' })).toBeVisible();
    const sessionId = /#\/sessions\/(\d+)/.exec(page.url())?.[1];
    expect(sessionId).toBeDefined();

    for (const name of [present, absent, ...others]) {
      await sessions.addParticipant.click();
      await sessions.option(name).click();
      await expect(sessions.participant(name)).toBeVisible();
    }
    await sessions.markPresent(present).click();
    await expect(sessions.participant(present)).toContainText(tr('lv', 'sessions:status.present'));
    await sessions.markAbsent(absent).click();
    await expect(sessions.participant(absent)).toContainText(tr('lv', 'sessions:status.absent'));

    // The button opens the preview in the UI language.
    await sessions.printListButton.click();
    await expect(page).toHaveURL(new RegExp(`#/print/session/${sessionId}\\?lang=lv$`));
    const preview = new PrintPreview(page, 'lv');
    await expect(preview.sheets).toHaveCount(1);
    const lv = await preview.pdfText(testInfo, 'session-lv');
    expect(lv.pages).toBe(1);
    for (const phrase of [
      tr('lv', 'sheets:session.title'),
      `${tr('lv', 'sheets:header.centre')}: ${centre.name}`,
      `${tr('lv', 'sheets:session.activity')}: Mākslas terapija`,
      monthWord.lv,
      `${tr('lv', 'sheets:session.time')}: 10:00–11:30`,
      `${tr('lv', 'sheets:session.room')}: Mākslas telpa; ${tr('lv', 'sheets:session.leader')}: Inese Kalna`,
      tr('lv', 'sheets:session.counts', { participants: 5, present: 1, absent: 1 }),
      tr('lv', 'sheets:session.participant'),
      tr('lv', 'sheets:session.signature'),
      `${tr('lv', 'sheets:signature.preparedBy')}: ${admin.fullName}`,
    ]) {
      expect.soft(lv.text, `“${phrase}” in the lv PDF`).toContain(phrase);
    }
    const lvOrder = byLatvianAlphabet.map((name) => lv.text.indexOf(name));
    expect(lvOrder.every((at) => at >= 0), `all names in ${lv.text}`).toBe(true);
    expect(lvOrder).toEqual([...lvOrder].sort((a, b) => a - b));
    expect(rowOf(lv.layout, present)).toContain(tr('lv', 'sheets:session.status.present'));
    expect(rowOf(lv.layout, absent)).toContain(tr('lv', 'sheets:session.status.absent'));

    // Russian from the toolbar: the activity's Russian name; the same order and numbers as in Latvian.
    await preview.printLanguage.selectOption('ru');
    await expect(preview.sheets.first()).toContainText(tr('ru', 'sheets:session.title'));
    const ru = await preview.pdfText(testInfo, 'session-ru');
    for (const phrase of [
      tr('ru', 'sheets:session.title'),
      `${tr('ru', 'sheets:session.activity')}: Арт-терапия`,
      monthWord.ru,
      tr('ru', 'sheets:session.participant'),
      tr('ru', 'sheets:session.signature'),
      tr('ru', 'sheets:session.mark'),
      `${tr('ru', 'sheets:signature.preparedBy')}: ${admin.fullName}`,
    ]) {
      expect.soft(ru.text, `“${phrase}” in the ru PDF`).toContain(phrase);
    }
    const ruOrder = byLatvianAlphabet.map((name) => ru.text.indexOf(name));
    expect(ruOrder.every((at) => at >= 0)).toBe(true);
    expect(ruOrder).toEqual([...ruOrder].sort((a, b) => a - b));
    byLatvianAlphabet.forEach((name, i) => expect(rowOf(ru.layout, name)).toMatch(new RegExp(`^\\s*${i + 1}\\s`)));
    // Its title, and so the PDF's file name, in Russian.
    await expect(page).toHaveTitle(`${tr('ru', 'sheets:session.title')} – ${sessionId}`);
    expect(ru.title).toBe(`${tr('ru', 'sheets:session.title')} – ${sessionId}`);
    expect(rowOf(ru.layout, present)).toContain(tr('ru', 'sheets:session.status.present'));

    // Printing from the browser opens its dialog and records who printed which session, in which language.
    await page.evaluate(() => {
      // Headless Chromium has no print dialog to wait for; count the calls instead.
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await preview.printButton.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const [row] = auditRows(dataDir, "entity = 'print'");
    expect(row).toMatchObject({ method: 'sheets.recordPrint', entity_id: `session-participants:${sessionId}` });
    expect(JSON.parse(row!.changes)).toMatchObject({ after: { document: 'session-participants', sessionId: Number(sessionId), language: 'ru', action: 'browser-print-dialog' } });

    // Back leads to the session it was printed from.
    await page.getByRole('link', { name: tr('lv', 'sheets:toolbar.back'), exact: true }).click();
    await expect(sessions.participant(present)).toBeVisible();
  });

  test('a malformed or unknown session number shows a translated error page', async ({ page }) => {
    const preview = new PrintPreview(page, 'lv');
    await preview.openSessionList('12abc', 'lt');
    await expect(preview.problemHeading).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText([tr('lv', 'sheets:problem.badSession', { value: '12abc' })]);

    await preview.openSessionList(9999, 'lt');
    await expect(preview.problemHeading).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText([tr('lv', 'errors:sessions.notFound')]);
    await page.getByRole('link', { name: tr('lv', 'sheets:problem.backToSessions'), exact: true }).click();
    await expect(new SessionsPage(page, 'lv').heading).toBeVisible();
  });
});
