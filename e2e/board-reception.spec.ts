import type { Locator, Page } from '@playwright/test';
import { canonicalText } from '../shared/domain/search-key';
import { expect, test } from './fixtures';
import { tr, type Language } from './locales';
import { DayBoardPage } from './pages/day-board-page';
import { LoginPage } from './pages/login-page';
import { Shell } from './pages/shell';

/**
 * Issue 13, items 1–5: reception on a typical PC (1366×768; Latvian, Lithuanian and Russian keyboard
 * layouts). Keys are sent as the layout sends them: the character it types and the physical key.
 */
test.use({ demo: true, demoDate: '2026-11-23', viewport: { width: 1366, height: 768 } });

/** What each layout types on the keys the board uses. */
const layouts: Record<Exclude<Language, 'en'>, { a: string; m: string; one: string; z: string; slash: string }> = {
  lv: { a: 'a', m: 'm', one: '1', z: 'z', slash: '/' },
  lt: { a: 'a', m: 'm', one: 'ą', z: 'z', slash: '/' },
  ru: { a: 'ф', m: 'ь', one: '1', z: 'я', slash: '.' },
};
const codes = { a: 'KeyA', m: 'KeyM', one: 'Digit1', z: 'KeyZ', slash: 'Slash' } as const;

/** Presses a key as a layout sends it: keydown with its typed `key` and physical `code`, on the focused element. */
async function press(page: Page, key: string, code: string, modifiers: { ctrlKey?: boolean } = {}): Promise<void> {
  await page.evaluate(
    ({ key, code, modifiers }) => {
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true, ...modifiers }));
    },
    { key, code, modifiers },
  );
}

async function openBoard(page: Page, login: { username: string; password: string }, language: Language): Promise<DayBoardPage> {
  await new LoginPage(page, 'lv').logIn(login.username, login.password);
  const shell = new Shell(page, 'lv');
  await shell.navLink('board').click();
  const board = new DayBoardPage(page, 'lv');
  await expect(board.rows.first()).toBeVisible();
  if (language !== 'lv') {
    await shell.switchLanguage(language);
    board.language = language;
  }
  await expect(board.heading).toBeVisible();
  return board;
}

/** The first client still expected, by the status the row shows. */
async function firstExpected(board: DayBoardPage, skip: string[] = []): Promise<string> {
  for (const name of await board.names()) {
    if (!skip.includes(name) && board.statusPattern('expected').test(await board.status(name).innerText())) return name;
  }
  throw new Error('no expected client left on the board');
}

const fullyVisible = async (rows: Locator, height: number) =>
  (await rows.evaluateAll((elements, bottom) => elements.filter((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= bottom; }).length, height));

for (const language of ['lv', 'lt', 'ru'] as const) {
  test(`${language}: shortcuts by physical key, undo from the filter, gendered status words, a dense board`, async ({ page, demoLogin }) => {
    test.setTimeout(90_000);
    const keys = layouts[language];
    const board = await openBoard(page, demoLogin, language);

    // At 1366×768 at least 15 clients show without scrolling, one line each.
    expect(await fullyVisible(board.rows, 768)).toBeGreaterThanOrEqual(15);
    const heights = await board.rows.evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThanOrEqual(40);
    // The header's buttons are not cut off in this language.
    const cut = await page.locator('header button').evaluateAll((buttons) => buttons.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent));
    expect(cut).toEqual([]);
    // The help shows the physical keys as key caps.
    await expect(page.getByTestId('board-keys')).toContainText(language === 'ru' ? 'A (Ф)' : 'A');

    // A, then 1, as this layout types them: the absence dialog, then "sick".
    const sick = await firstExpected(board);
    await board.row(sick).focus();
    await press(page, keys.a, codes.a);
    await expect(board.absenceReason(1, 'sick')).toBeVisible();
    await expect(board.filter).toHaveValue('');
    await press(page, keys.one, codes.one);
    await expect(board.status(sick)).toHaveText(board.statusPattern('absent', { reason: tr(language, 'board:reason.sick') }));

    // Type a name in the filter, Enter checks in; Ctrl+Z with the cursor still in the filter undoes the check-in.
    const arriving = await firstExpected(board, [sick]);
    await board.filter.fill(canonicalText(arriving).slice(0, 7));
    await expect(board.rows).toHaveCount(1);
    await board.filter.press('Enter');
    await expect(board.status(arriving)).toHaveText(board.statusPattern('present', { time: 'HH:MM' }));
    await expect(board.toast.getByRole('button', { name: tr(language, 'board:action.undo') })).toBeVisible();
    await board.filter.fill(canonicalText(arriving).slice(0, 7));
    await board.filter.focus();
    await press(page, keys.z, codes.z, { ctrlKey: true });
    await expect(board.status(arriving)).toHaveText(board.statusPattern('expected'));
    await expect(board.filter).toHaveValue(canonicalText(arriving).slice(0, 7));

    // Checked in again (once the board shows it); M (as the layout types it) gives lunch.
    await board.filter.press('Enter');
    await expect(board.status(arriving)).toHaveText(board.statusPattern('present', { time: 'HH:MM' }));
    await board.filter.fill('');
    await board.row(arriving).focus();
    await press(page, keys.m, codes.m);
    await expect(board.lunch(arriving)).toBeChecked();

    // The status agrees with the client's sex (from the demo's cards): one woman and one man checked in.
    const bySex = { female: '', male: '' };
    const day = await page.request.post('/api/attendance.day', { data: { date: '2026-11-23' } });
    const cards = ((await day.json()) as { data: { rows: { lastName: string; firstName: string; sex: 'male' | 'female' | null }[] } }).data.rows;
    for (const name of await board.names()) {
      const sex = cards.find((row) => `${row.lastName} ${row.firstName}` === name)?.sex;
      if (sex && !bySex[sex] && name !== sick && name !== arriving && board.statusPattern('expected').test(await board.status(name).innerText())) bySex[sex] = name;
      if (bySex.female && bySex.male) break;
    }
    expect(bySex.female && bySex.male, 'a woman and a man expected on the demo board').toBeTruthy();
    for (const [sex, name] of Object.entries(bySex) as ['male' | 'female', string][]) {
      await board.filter.fill(canonicalText(name));
      await expect(board.rows).toHaveCount(1);
      await board.filter.press('Enter');
      await expect(board.status(name)).toHaveText(new RegExp(`^${tr(language, `board:status.present_${sex}`, { time: 'TIME' }).replace('TIME', '\\d\\d:\\d\\d')}$`));
    }

    // '/' by its key (on a Russian layout the key types '.') opens the client search.
    await board.row(arriving).focus();
    await press(page, keys.slash, codes.slash);
    await expect(page.getByRole('combobox', { name: tr(language, 'clients:search.label') })).toBeFocused();
  });
}

test('a check-in on a public holiday asks first and says why; "everyone has gone home" waits until someone came', async ({ page, demoLogin }) => {
  const board = await openBoard(page, demoLogin, 'lv');
  await expect(board.stillHere).toContainText(tr('lv', 'board:end.nobodyYet'));
  // 18 November is a public holiday in Latvia: the board says so and expects nobody. A client who had
  // told beforehand she would not come has a row there; checking her in must be confirmed.
  const absent = await firstExpected(board);
  const clientId = Number(await board.row(absent).getAttribute('data-client-id'));
  const marked = await page.request.post('/api/attendance.markAbsent', { data: { clientId, date: '2026-11-18', reason: 'notified' } });
  expect(marked.ok(), await marked.text()).toBe(true);
  await page.getByRole('textbox', { name: tr('lv', 'board:date.label') }).fill('2026-11-18');
  await expect(page.getByTestId('closed-day')).toContainText(tr('lv', 'board:closed.holiday', { name: '' }).replace(/[:.]\s*$/, '').trim());
  await board.checkInButton(absent).click();
  const dialog = page.getByRole('dialog', { name: tr('lv', 'board:closed.title') });
  await expect(dialog).toContainText(tr('lv', 'board:closed.question', { name: absent }));
  await dialog.getByRole('button', { name: tr('lv', 'board:closed.cancel') }).click();
  await expect(board.status(absent)).toHaveText(board.statusPattern('absent', { reason: tr('lv', 'board:reason.notified') }));
  await board.checkInButton(absent).click();
  await dialog.getByRole('button', { name: tr('lv', 'board:closed.confirm') }).click();
  await expect(board.status(absent)).toHaveText(board.statusPattern('present', { time: 'HH:MM' }));
});

test('at 1920×1080 the board shows at least 25 clients', async ({ page, demoLogin }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const board = await openBoard(page, demoLogin, 'lv');
  const total = await board.rows.count();
  expect(await fullyVisible(board.rows, 1080)).toBeGreaterThanOrEqual(Math.min(25, total));
  expect(total).toBeGreaterThanOrEqual(25);
});
