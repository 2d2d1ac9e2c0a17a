import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test as base, expect, projectRoot } from './fixtures';
import { tr } from './locales';
import { BookingsPage } from './pages/loans-page';
import { admin, centre, logIn } from './steps';

/**
 * A booking on a day the centre is closed (Latvia's Proclamation Day, 18 November 2026) is asked about
 * first, naming the holiday, as a check-in on a closed day is; confirming books it. lv, lt and ru.
 */
const test = base.extend({
  dataDir: async ({ dataDir }, use) => {
    execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['e2e/loans-seed.cli.ts', dataDir, JSON.stringify({ centreName: centre.name, admin })], { cwd: projectRoot });
    await use(dataDir);
  },
});

// Monday of the week with the holiday: the week calendar opens on it.
test.use({ testToday: '2026-11-16', viewport: { width: 1366, height: 768 } });

const clients = { lv: 'Ozola Anna', lt: 'Žemaitis Kęstutis', ru: 'Петрова Ольга' } as const;
const holiday = {
  lv: 'Latvijas Republikas proklamēšanas diena',
  lt: 'Latvijos Respublikos paskelbimo diena',
  ru: 'День провозглашения Латвийской Республики',
} as const;

for (const language of ['lv', 'lt', 'ru'] as const) {
  test(`${language}: booking the hydromassage bed on a public holiday names it and books after confirming`, async ({ page, dataDir }) => {
    const shell = await logIn(page);
    if (language !== 'lv') await shell.switchLanguage(language);
    const bookings = new BookingsPage(page, language);
    await page.getByRole('navigation').getByRole('link', { name: tr(language, 'nav.bookings'), exact: true }).click();
    await expect(bookings.heading).toBeVisible();

    const closedLabel = tr(language, 'bookings:week.holiday', { name: holiday[language] });
    await expect(page.getByRole('columnheader').filter({ hasText: holiday[language] })).toBeVisible();
    await bookings.freeSlotOnClosedDay('10:00', closedLabel).click();
    await bookings.clientField().click();
    await bookings.option(clients[language]).click();
    await bookings.dialogButton('bookings:book.submit').click();

    // Asked, with the reason: the holiday by name. Nothing is written yet.
    await expect(bookings.dialog.getByRole('alert')).toContainText(tr(language, 'errors:bookings.holiday', { name: holiday[language] }));
    await expect(bookings.dialog).toContainText(tr(language, 'bookings:closed.question'));
    const count = () => {
      const db = new Database(path.join(dataDir, 'caredesk.sqlite'), { readonly: true });
      try {
        return db.prepare("SELECT count(*) FROM booking WHERE date = '2026-11-18' AND start_time = '10:00' AND status = 'booked'").pluck().get();
      } finally {
        db.close();
      }
    };
    expect(count()).toBe(0);

    await bookings.dialogButton('bookings:closed.confirm').click();
    await expect(bookings.dialog).toBeHidden();
    await expect(bookings.booking(clients[language]).first()).toBeVisible();
    expect(count()).toBe(1);
  });
}
