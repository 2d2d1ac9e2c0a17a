import { expect, test } from './fixtures';
import type { Language } from './locales';
import { LoginPage } from './pages/login-page';
import { Shell } from './pages/shell';
import { DayBoardPage } from './pages/day-board-page';
import { ClientsPages } from './pages/clients';

// A Monday that is no holiday, so the board opens on a known day.
test.use({ demo: true, demoDate: '2026-11-23' });

/** How each language writes a day, spelled out here rather than taken from the app's code. */
const written: Record<'lv' | 'lt' | 'ru', Record<string, string>> = {
  lv: { '2026-11-23': '23.11.2026', '2026-11-24': '24.11.2026', '2026-11-25': '25.11.2026', '1950-03-07': '07.03.1950' },
  lt: { '2026-11-23': '2026-11-23', '2026-11-24': '2026-11-24', '2026-11-25': '2026-11-25', '1950-03-07': '1950-03-07' },
  ru: { '2026-11-23': '23.11.2026', '2026-11-24': '24.11.2026', '2026-11-25': '25.11.2026', '1950-03-07': '07.03.1950' },
};

test('dates and times are shown as lv, lt and ru write them, 24-hour, and reach the app as ISO', async ({ page, demoLogin }) => {
  test.setTimeout(120_000);
  await new LoginPage(page, 'lv').logIn(demoLogin.username, demoLogin.password);
  const shell = new Shell(page, 'lv');
  for (const language of ['lv', 'lt', 'ru'] as const satisfies readonly Language[]) {
    await test.step(language, async () => {
      const day = (iso: string): string => {
        const shown = written[language][iso];
        if (!shown) throw new Error(`no written form of ${iso} for ${language}`);
        return shown;
      };
      await shell.switchLanguage(language);
      await shell.navLink('board').click();
      const board = new DayBoardPage(page, language);
      await expect(board.heading).toBeVisible();
      const date = page.getByRole('textbox', { name: board.t('board:date.label'), exact: true });
      await expect(date).toHaveValue(day('2026-11-23'));

      // Typed ISO (what the other specs fill) is shown in the language's form once the field is left.
      await date.fill('2026-11-24');
      await date.press('Tab');
      await expect(date).toHaveValue(day('2026-11-24'));
      // Typed in the language's own form; "previous day" counts from it, so the app got a real ISO day.
      await date.fill(day('2026-11-25'));
      await date.press('Tab');
      await page.getByRole('button', { name: board.t('board:date.previous'), exact: true }).click();
      await expect(date).toHaveValue(day('2026-11-24'));
      await page.getByRole('button', { name: board.t('board:date.today'), exact: true }).click();
      await expect(date).toHaveValue(day('2026-11-23'));

      // 24-hour time, never AM/PM; "1730" becomes 17:30 and the check-out-all button carries it.
      await expect(board.endTime).toHaveValue('16:00');
      await board.endTime.fill('1730');
      await board.endTime.press('Tab');
      await expect(board.endTime).toHaveValue('17:30');
      await expect(board.checkOutAllButton('17:30')).toBeVisible();
      await expect(board.endTime).not.toHaveValue(/AM|PM/i);

      await shell.navLink('newClient').click();
      const clients = new ClientsPages(page, language);
      await expect(clients.birthDate).toHaveValue('');
      await clients.birthDate.fill('1950-03-07');
      await clients.birthDate.press('Tab');
      await expect(clients.birthDate).toHaveValue(day('1950-03-07'));
      await clients.birthDate.fill(day('1950-03-07'));
      await clients.birthDate.press('Tab');
      await expect(clients.birthDate).toHaveValue(day('1950-03-07'));
    });
  }
});
