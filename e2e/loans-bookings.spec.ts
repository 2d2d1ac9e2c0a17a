import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test as base, expect, projectRoot } from './fixtures';
import { tr } from './locales';
import { BookingsPage, LoansPage } from './pages/loans-page';
import { admin, centre, logIn } from './steps';

/**
 * Issue 16, done when: in lv, lt and ru a wheelchair is lent with its hand-over act (the PDF's text in the
 * client's language), comes back damaged, cannot go out again until it is cleaned, and then serves the
 * waiting list; the hydromassage bed is booked for three clients, a second window's booking of a taken
 * slot is refused, two bookings are done and one a no-show, and the done ones are in the usage log.
 */
const test = base.extend({
  dataDir: async ({ dataDir }, use) => {
    execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['e2e/loans-seed.cli.ts', dataDir, JSON.stringify({ centreName: centre.name, admin })], { cwd: projectRoot });
    await use(dataDir);
  },
});

// A Monday: the week calendar opens on it, so the first free slot of a time is today's.
test.use({ testToday: '2026-03-09', viewport: { width: 1366, height: 768 } });

const clients = { lv: 'Ozola Anna', lt: 'Žemaitis Kęstutis', ru: 'Петрова Ольга' } as const;
const waiting = 'Kalns Jānis';

for (const language of ['lv', 'lt', 'ru'] as const) {
  test(`${language}: lend a wheelchair with its act, take it back damaged, clean it for the waiting list; book the hydromassage bed`, async ({ page, context, dataDir }, testInfo) => {
    test.setTimeout(240_000);
    const shell = await logIn(page);
    if (language !== 'lv') await shell.switchLanguage(language);
    const loans = new LoansPage(page, language);
    const client = clients[language];

    await page.getByRole('navigation').getByRole('link', { name: tr(language, 'nav.loans'), exact: true }).click();
    await expect(loans.heading).toBeVisible();
    await loans.lendButton.click();
    await loans.combobox('loans:lend.item').click();
    await loans.option(/RK-001/).click();
    await loans.combobox('loans:lend.client').click();
    await loans.option(client).click();
    await loans.dialogField('loans:lend.condition').fill('Labs / Geras / Хорошее');
    await loans.dialogField('loans:lend.accessories').fill('Kāju balsti');
    await loans.submit('loans:lend.submit').click();
    await expect(loans.dialog).toBeHidden();
    await expect(loans.row('RK-001')).toContainText(client);

    // The hand-over act, in the client's language: A4, both signature lines, the number and condition.
    await loans.rowLink('RK-001', 'loans:act.button').click();
    await expect(page.locator('article.loan-act')).toBeVisible();
    const pdf = testInfo.outputPath(`act-${language}.pdf`);
    fs.writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const phrase of [tr(language, 'loans:document.title'), 'RK-001', 'Labs / Geras / Хорошее', 'Kāju balsti', tr(language, 'loans:document.signHandedOver'), tr(language, 'loans:document.signReceived'), centre.name]) {
      expect(text).toContain(phrase);
    }
    expect(text).toContain(client.split(' ').reverse().join(' '));
    const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(pages).toMatch(/Pages:\s+1\n/);
    // A4 portrait: narrower than high.
    expect(pages).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);

    // Taken back damaged: it needs cleaning, so the lend form has no free wheelchair.
    await page.goto('/#/loans');
    await loans.rowButton('RK-001', 'loans:return.button').click();
    await loans.dialogField('loans:return.condition').fill('Saplēsts sēdeklis');
    await loans.dialog.getByText(tr(language, 'loans:damage.damaged'), { exact: true }).click();
    await loans.dialogField('loans:return.note').fill('Jāmaina sēdekļa audums');
    await loans.submit('loans:return.submit').click();
    await expect(loans.dialog).toBeHidden();
    await loans.lendButton.click();
    await expect(loans.dialog.getByText(tr(language, 'loans:lend.noFree'))).toBeVisible();
    await page.keyboard.press('Escape');

    // Jānis waits for a wheelchair; the cleaning offers it to him; it is lent from the waiting list.
    await loans.tab('loans:tabs.waitlist').click();
    await page.getByRole('combobox', { name: tr(language, 'loans:waitlist.client'), exact: true }).click();
    await loans.option(waiting).click();
    await page.getByRole('button', { name: tr(language, 'loans:waitlist.submit'), exact: true }).click();
    await expect(loans.row(waiting)).toContainText(tr(language, 'loans:waitlist.status.waiting'));
    await loans.tab('loans:tabs.loans').click();
    await loans.filter('loans:filter.returned').click();
    // The returned row's state badges (returned, damaged, needs cleaning) are whole at 1366×768 in every language.
    const badges = loans.row('RK-001').first().locator('[data-loan-state]');
    await expect(badges).toHaveCount(3);
    await loans.row('RK-001').first().screenshot({ path: testInfo.outputPath(`loan-state-${language}.png`) });
    const clipped = await badges.evaluateAll((roots) =>
      roots
        .flatMap((root) => [root, ...Array.from(root.querySelectorAll('*'))])
        .filter((el) => getComputedStyle(el).display !== 'inline' && el.scrollWidth > el.clientWidth)
        .map((el) => el.textContent),
    );
    expect(clipped).toEqual([]);
    await loans.rowButton('RK-001', 'loans:clean.button').click();
    await loans.submit('loans:clean.submit').click();
    await expect(loans.notice).toContainText(tr(language, 'loans:clean.offered', { name: waiting }));
    await loans.tab('loans:tabs.waitlist').click();
    await loans.rowButton(waiting, 'loans:waitlist.serve').click();
    await loans.dialogField('loans:lend.condition').fill('Labs');
    await loans.submit('loans:lend.submit').click();
    await expect(loans.dialog).toBeHidden();
    await expect(page.getByText(tr(language, 'loans:waitlist.none'))).toBeVisible();
    await loans.tab('loans:tabs.loans').click();
    await loans.filter('loans:filter.open').click();
    await expect(loans.row('RK-001')).toContainText(waiting);

    // Bookings: three clients on the hydromassage bed this morning.
    const bookings = new BookingsPage(page, language);
    await page.getByRole('navigation').getByRole('link', { name: tr(language, 'nav.bookings'), exact: true }).click();
    await expect(bookings.heading).toBeVisible();
    const book = async (time: string, name: string) => {
      await bookings.freeSlot(time).click();
      await bookings.clientField().click();
      await bookings.option(name).click();
      await bookings.dialogButton('bookings:book.submit').click();
      await expect(bookings.dialog).toBeHidden();
      await expect(bookings.booking(name).first()).toBeVisible();
    };
    await book('09:00', clients.lv);
    await book('09:30', clients.lt);

    // A second window opens the 10:00 slot too; the first books it; the second is refused.
    const second = await context.newPage();
    await second.goto('/#/bookings');
    // The second window follows the user's language, as the first does.
    const other = new BookingsPage(second, language);
    await other.freeSlot('10:00').click();
    await other.clientField().click();
    await other.option(waiting).click();
    await book('10:00', clients.ru);
    await other.dialogButton('bookings:book.submit').click();
    await expect(other.dialog.getByRole('alert')).toHaveText(tr(language, 'errors:bookings.overlap'));
    await second.close();

    // Two done, one no-show: the done ones are in the bed's usage log and billable.
    const mark = async (name: string, key: string) => {
      await bookings.booking(name).first().click();
      await bookings.dialogButton(key).click();
      await expect(bookings.dialog).toBeHidden();
      await expect(bookings.booking(name).first()).toHaveAccessibleName(new RegExp(tr(language, key === 'bookings:detail.done' ? 'bookings:status.done' : 'bookings:status.no-show')));
    };
    await mark(clients.lv, 'bookings:detail.done');
    await mark(clients.lt, 'bookings:detail.done');
    await mark(clients.ru, 'bookings:detail.noShow');
    const utilisation = page.getByRole('table', { name: tr(language, 'bookings:utilisation.title'), exact: true });
    await expect(utilisation.getByRole('row').filter({ hasText: 'Hidromasāžas gulta' })).toContainText(/\s*0\s*2\s*1\s*/);

    // A manager edits the resource: a field error for an empty name, then a new name and slot length.
    const resourceName = 'Hidromasāžas gulta (1. stāvs)';
    await bookings.editResource.click();
    const name = bookings.dialog.getByRole('textbox', { name: tr(language, 'bookings:resources.name'), exact: true });
    await name.fill('');
    await bookings.dialogButton('bookings:resources.submit').click();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await name.fill(resourceName);
    await bookings.dialog.getByRole('textbox', { name: tr(language, 'bookings:resources.slotMinutes'), exact: true }).fill('60');
    await bookings.dialogButton('bookings:resources.submit').click();
    await expect(bookings.dialog).toBeHidden();
    await expect(page.getByRole('combobox', { name: tr(language, 'bookings:resource'), exact: true })).toHaveValue(resourceName);

    const db = new Database(path.join(dataDir, 'caredesk.sqlite'), { readonly: true });
    try {
      const used = db
        .prepare("SELECT c.last_name FROM equipment_usage u JOIN clients c ON c.id = u.client_id JOIN equipment_item i ON i.id = u.item_id WHERE i.inventory_number = 'HM-001' ORDER BY u.started_at")
        .pluck()
        .all();
      expect(used).toEqual(['Ozola', 'Žemaitis']);
      const billable = db.prepare("SELECT count(*) FROM booking b JOIN booking_resource r ON r.id = b.resource_id WHERE b.status = 'done' AND r.service_unit = 'hydromassage'").pluck().get();
      expect(billable).toBe(2);
      const resource = db.prepare("SELECT r.name, r.slot_minutes AS slotMinutes FROM booking_resource r JOIN equipment_item i ON i.id = r.item_id WHERE i.inventory_number = 'HM-001'").get();
      expect(resource).toEqual({ name: resourceName, slotMinutes: 60 });
    } finally {
      db.close();
    }
  });
}
