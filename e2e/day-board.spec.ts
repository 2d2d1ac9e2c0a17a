import type { Page } from '@playwright/test';
import { canonicalText } from '../shared/domain/search-key';
import { expect, test } from './fixtures';
import { tr } from './locales';
import { Shell } from './pages/shell';
import { LoginPage } from './pages/login-page';
import { DayBoardPage } from './pages/day-board-page';
import { SessionsPage } from './pages/sessions-page';
import { expectFullyTranslated } from './text-audit';

// A Monday that is no holiday: on a weekend or a holiday nobody is expected, and this spec checks clients in.
test.use({ demo: true, demoDate: '2026-11-23' });

/** Records when the second window's page last changed, in ms since the epoch (both windows share the clock). */
async function watchStatus(page: Page, clientId: string): Promise<void> {
  await page.evaluate((id) => {
    const w = window as unknown as { changedAt: Record<string, number> };
    w.changedAt ??= {};
    new MutationObserver(() => (w.changedAt[id] = performance.timeOrigin + performance.now())).observe(document.body, { subtree: true, characterData: true, childList: true });
  }, clientId);
}
const changedAt = (page: Page, id: string) => page.evaluate((key) => (window as unknown as { changedAt: Record<string, number> }).changedAt[key] ?? 0, id);

test('reception runs a day on the keyboard while a second window follows live; a session gets its participants', async ({ page, context, demoLogin }) => {
  test.setTimeout(120_000);
  await new LoginPage(page, 'lv').logIn(demoLogin.username, demoLogin.password);
  // The administrator starts on the overview; the day board is one menu item away.
  await new Shell(page, 'lv').navLink('board').click();
  const board = new DayBoardPage(page, 'lv');
  await expect(board.heading).toBeVisible();
  const second = await context.newPage();
  await second.goto('/#/board');
  const watcher = new DayBoardPage(second, 'lv');
  await expect(watcher.heading).toBeVisible();

  // The demo centre expects its clients by their decisions; take the first seven not yet arrived.
  await expect(board.rows.first()).toBeVisible();
  const expected: string[] = [];
  for (const name of await board.names()) {
    if (board.statusPattern('expected').test(await board.status(name).innerText())) expected.push(name);
  }
  expect(expected.length).toBeGreaterThanOrEqual(7);
  // Warnings from the card include who may collect the client (the demo's relatives may).
  // A badge on the row, its full text on hover (and on keyboard focus) and as its accessible name.
  const collectors = board.warning('collectors').first();
  await expect(collectors).toHaveAccessibleName(new RegExp(`^${tr('lv', 'board:warning.collectors', { names: '' }).trim()} \\S`));
  await collectors.hover();
  await expect(page.locator('.mantine-Tooltip-tooltip')).toContainText(tr('lv', 'board:warning.collectors', { names: '' }).trim());
  const [five, sick, rest] = [expected.slice(0, 5), expected[5]!, expected.slice(6)];
  const delays: number[] = [];
  await watchStatus(second, 'board');

  /** Does one keyboard action on the first page and measures when the second page showed its effect. */
  async function live(action: () => Promise<void>, name: string, text: RegExp | string) {
    const response = page.waitForResponse((r) => r.url().includes('/api/attendance.') && !r.url().includes('attendance.day'));
    await action();
    // When the first window had the core's answer: the change is committed and the event sent.
    const timing = (await response).request().timing();
    const answered = timing.startTime + timing.responseEnd;
    await expect(watcher.status(name)).toHaveText(text);
    delays.push(Math.round((await changedAt(second, 'board')) - answered));
  }

  // Four check-ins by typing a few letters of the name (diacritic-free, Cyrillic typed in Latin) and Enter.
  const present = board.statusPattern('present', { time: 'HH:MM' });
  for (const name of five.slice(0, 4)) {
    const [last = '', first = ''] = name.split(' ');
    await board.filter.focus();
    await page.keyboard.type(`${canonicalText(last).slice(0, 5)} ${canonicalText(first).slice(0, 3)}`);
    await expect(board.rows).toHaveCount(1);
    await live(() => page.keyboard.press('Enter'), name, present);
    await expect(board.status(name)).toHaveText(present);
  }
  // The fifth with the arrow keys: down into the list, down to the row, Enter.
  await expect(board.filter).toHaveValue('');
  const order = await board.names();
  await board.filter.focus();
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < order.indexOf(five[4]!); i++) await page.keyboard.press('ArrowDown');
  await live(() => page.keyboard.press('Enter'), five[4]!, present);

  // Absent as sick: A, then 1.
  await page.keyboard.press('Escape');
  await page.keyboard.type(canonicalText(sick).slice(0, 6));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('a');
  await expect(board.absenceReason(1, 'sick')).toBeVisible();
  await live(() => page.keyboard.press('1'), sick, board.statusPattern('absent', { reason: tr('lv', 'board:reason.sick') }));

  // Lunch on, with M; then undone with Ctrl+Z within the 10 seconds.
  const luncher = five[0]!;
  await board.filter.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(canonicalText(luncher).slice(0, 6));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('m');
  await expect(board.lunch(luncher)).toBeChecked();
  await expect(watcher.lunch(luncher)).toBeChecked();
  await expect(board.toast).toContainText(tr('lv', 'board:action.undo'));
  await page.keyboard.press('Control+z');
  await expect(board.lunch(luncher)).not.toBeChecked();
  await expect(watcher.lunch(luncher)).not.toBeChecked();
  await page.keyboard.press('Escape');

  await expect(board.counter('present')).toHaveText(tr('lv', 'board:counters.present', { count: 5 }));
  await expect(watcher.counter('absent')).toHaveText(tr('lv', 'board:counters.absent', { count: 1 }));
  await expect(board.counter('notArrived')).toHaveText(tr('lv', 'board:counters.notArrived', { count: rest.length }));
  await expectFullyTranslated(page, 'lv');

  // End of day: everybody still here leaves at 16:00 (or at the latest arrival, should the test run late).
  await expect(board.stillHere.getByRole('listitem')).toHaveCount(5);
  const arrivals = (await board.stillHere.getByRole('listitem').allInnerTexts()).map((text) => text.slice(-5)).sort();
  const time = arrivals.at(-1)! > '16:00' ? arrivals.at(-1)! : '16:00';
  await board.endTime.fill(time);
  await board.checkOutAllButton(time).click();
  await expect(page.getByRole('dialog')).toContainText(tr('lv', 'board:end.confirm', { count: 5, time }));
  await board.confirmButton.click();
  for (const name of five) await expect(watcher.status(name)).toHaveText(watcher.statusPattern('left', { time, arrived: 'HH:MM' }));
  await expect(board.stillHere).toContainText(tr('lv', 'board:end.none'));

  console.log(`live delay to the second window, ms: ${delays.join(', ')} (max ${Math.max(...delays)})`);
  // Each change did reach the second window (live() waits for it). How fast is the bench's business, not a
  // test's (`npm run bench -- --filter live-board`); this figure is rough: it takes the window's last change.
  test.info().annotations.push({ type: 'live delay ms', description: delays.join(', ') });

  // An art-therapy session today, two of today's clients marked present; the client's sessions list it.
  const sessions = new SessionsPage(page, 'lv');
  await page.getByRole('navigation').getByRole('link', { name: tr('lv', 'nav.sessions'), exact: true }).click();
  await expect(sessions.heading).toBeVisible();
  await sessions.activity.click();
  await sessions.option('Mākslas terapija').click();
  await sessions.sessionField('startTime').fill('10:00');
  await sessions.sessionField('endTime').fill('11:00');
  await sessions.sessionField('room').fill('Mākslas telpa');
  await sessions.createButton.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mākslas terapija' })).toBeVisible();
  for (const name of five.slice(0, 2)) {
    await sessions.addParticipant.click();
    await sessions.option(name).click();
    await expect(sessions.participant(name)).toBeVisible();
    await sessions.markPresent(name).click();
    await expect(sessions.participant(name)).toContainText(tr('lv', 'sessions:status.present'));
  }
  await expect(page.getByText(tr('lv', 'sessions:participants', { count: 2, present: 2 }))).toBeVisible();
  await sessions.participant(five[0]!).getByRole('link').click();
  await expect(sessions.clientSessions.getByRole('row').filter({ hasText: 'Mākslas terapija' }).first()).toContainText(tr('lv', 'sessions:status.present'));
  await expectFullyTranslated(page, 'lv');
});
