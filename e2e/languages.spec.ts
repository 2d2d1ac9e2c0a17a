import { expect, test } from './fixtures';
import { tr, type Language } from './locales';
import { LoginPage } from './pages/login-page';
import { SetupPage } from './pages/setup-page';
import { admin, centre, setUpAndLogIn } from './steps';
import { englishShown, expectFullyTranslated } from './text-audit';

test.describe('languages', () => {
  test('the setup page speaks each language, field messages included', async ({ page }) => {
    const setup = new SetupPage(page, 'lv');
    await expect(setup.heading).toBeVisible();
    for (const language of ['lt', 'ru', 'en', 'lv'] as const) {
      await test.step(language, async () => {
        await setup.switchLanguage(language);
        await setup.submit(); // empty, so every required field shows its message in this language
        await expect(setup.heading).toHaveText(tr(language, 'setup:title'));
        await expect(setup.centreName).toHaveAccessibleDescription(tr(language, 'errors:field.required'));
        await expect(page).toHaveTitle(tr(language, 'windowTitle'));
        await expectFullyTranslated(page, language);
      });
    }
  });

  test('switching lv → lt → ru → en → lv translates the whole app', async ({ page }) => {
    const shell = await setUpAndLogIn(page);
    const steps: Language[] = ['lt', 'ru', 'en', 'lv'];
    for (const language of steps) {
      await test.step(language, async () => {
        await shell.switchLanguage(language);
        await expect(shell.welcome(admin.fullName)).toBeVisible();
        await expect(shell.logoutButton).toBeVisible();
        await expect(shell.mainMenu).toBeVisible();
        await expect(page).toHaveTitle(tr(language, 'windowTitleWithCentre', { centre: centre.name }));
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectFullyTranslated(page, language);
        // The English check is not blind: on the English page it does find English.
        if (language === 'en') expect(await englishShown(page)).not.toEqual([]);
      });
    }
  });

  test('the chosen language stays after a reload', async ({ page }) => {
    const shell = await setUpAndLogIn(page);
    await shell.switchLanguage('lt');
    await page.reload();
    await expect(shell.welcome(admin.fullName)).toBeVisible();
    await expect(shell.languageOption('lt')).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
    await expect(page).toHaveTitle(tr('lt', 'windowTitleWithCentre', { centre: centre.name }));
  });

  test('each user keeps their language across logout and login, even on another computer', async ({ page }) => {
    const shell = await setUpAndLogIn(page);
    await shell.switchLanguage('ru');
    await shell.logOut();

    // This browser remembers the language for its login page.
    const login = new LoginPage(page, 'ru');
    await expect(login.heading).toBeVisible();

    // A browser that never saw this user opens in the centre's language, Latvian...
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    login.language = 'lv';
    await expect(login.heading).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');

    // ...and switches to the user's own language, Russian, once they log in.
    await login.logIn(admin.username, admin.password);
    shell.language = 'ru';
    await expect(shell.welcome(admin.fullName)).toBeVisible();
    await expect(shell.languageOption('ru')).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });

  test("a language picked on the login page does not replace the user's own", async ({ page }) => {
    const shell = await setUpAndLogIn(page);
    await shell.logOut();
    const login = new LoginPage(page, 'lv');
    await login.switchLanguage('en');
    await login.logIn(admin.username, admin.password);
    await expect(shell.welcome(admin.fullName)).toBeVisible();
    await expect(shell.languageOption('lv')).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
  });

  test.describe('regressions of fixed bugs', () => {
    test("a browser that never chose a language opens in the centre's default language", async ({ page }) => {
      const setup = new SetupPage(page, 'lv');
      await setup.fillCentre({ ...centre, language: 'lt' });
      await setup.fillAdmin(admin);
      await setup.submit();
      await setup.writeDownRecoveryCode();
      // Nobody chose a language in this browser, so the new centre's default takes over at once.
      await expect(new LoginPage(page, 'lt').heading).toBeVisible();

      await page.evaluate(() => window.localStorage.clear());
      await page.reload();
      await expect(new LoginPage(page, 'lt').heading).toBeVisible({ timeout: 5_000 });
      await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
    });

    test('field messages already shown follow a language switch', async ({ page }) => {
      const setup = new SetupPage(page, 'lv');
      await setup.submit();
      await expect(setup.centreName).toHaveAccessibleDescription(tr('lv', 'errors:field.required'));
      await setup.switchLanguage('ru');
      await expect(setup.centreName).toHaveAccessibleDescription(tr('ru', 'errors:field.required'), { timeout: 5_000 });
    });
  });
});
