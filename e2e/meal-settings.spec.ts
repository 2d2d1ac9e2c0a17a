import { expect, test } from './fixtures';
import { tr } from './locales';
import { AuditPage } from './pages/audit-page';
import { DayBoardPage } from './pages/day-board-page';
import { LoginPage } from './pages/login-page';
import { SettingsPage } from './pages/settings-page';
import { Shell } from './pages/shell';
import { expectFullyTranslated } from './text-audit';

// A working Monday: the board must expect somebody to show meal toggles (see day-board.spec.ts).
test.use({ demo: true, demoDate: '2026-11-23' });

const meal = (kind: string) => tr('lv', `common:meal.${kind}`);

test('an administrator serves dinner instead of breakfast; the day board then offers lunch, snack and dinner', async ({ page, demoLogin }) => {
  await new LoginPage(page, 'lv').logIn(demoLogin.username, demoLogin.password);
  const shell = new Shell(page, 'lv');
  await shell.navLink('settings').click();
  const settings = new SettingsPage(page, 'lv');
  await expect(settings.heading).toBeVisible();
  // Every centre starts with what all of them served before: breakfast, lunch and afternoon snack.
  for (const kind of ['breakfast', 'lunch', 'snack']) await expect(settings.meal(kind)).toBeChecked();
  await expect(settings.meal('dinner')).not.toBeChecked();

  // A centre serves at least one meal: the form says so and sends nothing.
  for (const kind of ['breakfast', 'lunch', 'snack']) await settings.meal(kind).uncheck();
  await settings.save();
  await expect(page.getByText(tr('lv', 'errors:field.mealsRequired'), { exact: true })).toBeVisible();
  for (const kind of ['lunch', 'snack', 'dinner']) await settings.meal(kind).check();
  await settings.save();
  await expect(settings.saved).toBeVisible();
  await expectFullyTranslated(page, 'lv');

  await shell.navLink('board').click();
  const board = new DayBoardPage(page, 'lv');
  await expect(board.heading).toBeVisible();
  await expect(board.rows.first()).toBeVisible();
  // M now names lunch still (served); the first client expected today is checked in.
  await expect(page.getByTestId('board-keys').getByText(tr('lv', 'board:help.meal', { meal: meal('lunch').toLocaleLowerCase('lv') }), { exact: true })).toBeVisible();
  let name = '';
  for (const candidate of await board.names()) {
    if (board.statusPattern('expected').test(await board.status(candidate).innerText())) {
      name = candidate;
      break;
    }
  }
  expect(name, 'a client expected today in the demo centre').not.toBe('');
  await board.checkInButton(name).click();
  await expect(board.meal(name, 'lunch')).toBeEnabled();

  await expect(board.meal(name, 'breakfast')).toHaveCount(0);
  for (const kind of ['lunch', 'snack', 'dinner']) await expect(board.meal(name, kind)).not.toBeChecked();
  await board.row(name).focus();
  await page.keyboard.press('m');
  await expect(board.lunch(name)).toBeChecked();
  await board.row(name).getByText(meal('dinner'), { exact: true }).click();
  await expect(board.meal(name, 'dinner')).toBeChecked();
  await expect(board.meal(name, 'snack')).not.toBeChecked();
  await expectFullyTranslated(page, 'lv');

  // The change is in the audit trail, in words. (Filtered: the demo's own entries are not this spec's business.)
  await shell.navLink('audit').click();
  const audit = new AuditPage(page, 'lv');
  await expect(audit.heading).toBeVisible();
  await audit.filterByAction('settings.update');
  await expect(audit.table.getByRole('row')).toHaveCount(2); // the header and the one change
  const before = ['breakfast', 'lunch', 'snack'].map(meal).join(', ');
  const after = ['lunch', 'snack', 'dinner'].map(meal).join(', ');
  await expect(audit.entries('settings.update')).toContainText(`${tr('lv', 'audit:field.mealKinds')} ${before} → ${after}`);
  await expectFullyTranslated(page, 'lv');
});
