import { expect, test } from './fixtures';
import { tr } from './locales';
import { LoginPage } from './pages/login-page';
import { SetupPage } from './pages/setup-page';
import { Shell } from './pages/shell';
import { admin, centre } from './steps';
import { containing, expectFullyTranslated } from './text-audit';

const recoveryCodeFormat = /^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/;

test.describe('first run', () => {
  test('a fresh data directory opens the centre setup in Latvian', async ({ page }) => {
    const setup = new SetupPage(page, 'lv');
    await expect(setup.heading).toHaveText(tr('lv', 'setup:title'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
    await expect(page).toHaveTitle(tr('lv', 'windowTitle'));
    await expect(setup.languageOption('lv')).toBeChecked();
    await expectFullyTranslated(page, 'lv');
  });

  test('sending the empty form shows a Latvian message at each required field', async ({ page }) => {
    const setup = new SetupPage(page, 'lv');
    await setup.submit();

    const expected = [
      [setup.centreName, tr('lv', 'errors:field.required')],
      [setup.municipality, tr('lv', 'errors:field.required')],
      [setup.fullName, tr('lv', 'errors:field.required')],
      [setup.username, tr('lv', 'errors:field.required')],
      [setup.password, tr('lv', 'errors:field.required')],
    ] as const;
    for (const [field, message] of expected) {
      await expect.soft(field).toHaveAccessibleDescription(containing(message));
    }
    // Nothing was sent: the form is still there.
    await expect(setup.heading).toBeVisible();
    await expectFullyTranslated(page, 'lv');
  });

  test('a repeated password that differs is caught before anything is sent', async ({ page }) => {
    const setup = new SetupPage(page, 'lv');
    await setup.fillCentre(centre);
    await setup.fillAdmin(admin, `${admin.password}x`);
    await setup.submit();

    await expect(setup.passwordRepeat).toHaveAccessibleDescription(tr('lv', 'errors:field.passwordsDiffer'));
    await expect(setup.password).not.toHaveAccessibleDescription(containing(tr('lv', 'errors:field.passwordsDiffer')));
    await expect(setup.heading).toBeVisible();
  });

  test('setting up a centre leads to the login page, and logging in to a welcome by name', async ({ page }) => {
    const setup = new SetupPage(page, 'lv');
    await setup.centreName.fill(centre.name);
    await setup.country.click();
    await setup.option(tr('lv', 'country.LV')).click();
    // The municipality list is long; typing a few letters narrows it down.
    await setup.municipality.fill('Aizkr');
    await expect(page.getByRole('option')).toHaveText([centre.municipality]);
    await setup.option(centre.municipality).click();
    await expect(setup.municipality).toHaveValue(centre.municipality);
    await setup.defaultLanguage.click();
    await setup.option(tr('lv', 'language.lv')).click();
    await setup.fillAdmin(admin);
    await setup.submit();

    // Before the login page: the administrator's recovery code, shown this once, with what it is for.
    await expect(setup.recoveryHeading).toBeVisible();
    await expect(setup.recoveryIntro).toBeVisible();
    await expect(setup.recoveryCode).toHaveText(recoveryCodeFormat);
    await expectFullyTranslated(page, 'lv');
    await setup.writeDownRecoveryCode();

    const login = new LoginPage(page, 'lv');
    await expect(login.heading).toBeVisible();
    await expect(login.setupDoneNotice).toBeVisible();
    await login.logIn(admin.username, admin.password);

    const shell = new Shell(page, 'lv');
    await shell.openHome();
    await expect(shell.welcome(admin.fullName)).toBeVisible();
    await expect(shell.main).toContainText(centre.name);
    await expect(shell.main).toContainText(centre.municipality);
    await expect(shell.main).toContainText(tr('lv', 'country.LV'));
    await expect(shell.main).toContainText(tr('lv', 'role.administrator'));
    await expect(page).toHaveTitle(tr('lv', 'windowTitleWithCentre', { centre: centre.name }));
    await expectFullyTranslated(page, 'lv');

    // The setup is done for good: reloading keeps the session and never shows the setup again.
    await page.reload();
    await expect(shell.welcome(admin.fullName)).toBeVisible();
    await expect(setup.heading).toBeHidden();
  });

  test('the administrator who lost the password sets a new one with the recovery code, and gets a new code', async ({ page }) => {
    const setup = new SetupPage(page, 'lv');
    await setup.fillCentre(centre);
    await setup.fillAdmin(admin);
    await setup.submit();
    const recoveryCode = await setup.writeDownRecoveryCode();

    const login = new LoginPage(page, 'lv');
    await expect(login.heading).toBeVisible();
    const newPassword = 'Jauna-parole-2027';
    // Typed from paper: lower case is fine.
    await login.recover(admin.username, recoveryCode.toLowerCase(), newPassword);
    await expect(login.newRecoveryCode).toHaveText(recoveryCodeFormat);
    await expect(login.newRecoveryCode).not.toHaveText(recoveryCode);
    await expectFullyTranslated(page, 'lv');
    await login.recoveryWrittenDownButton.click();

    await expect(login.recoveredNotice).toBeVisible();
    await login.logIn(admin.username, admin.password);
    await expect(login.error).toHaveText(tr('lv', 'errors:auth.wrongCredentials'));
    await login.logIn(admin.username, newPassword);
    const shell = new Shell(page, 'lv');
    await shell.openHome();
    await expect(shell.welcome(admin.fullName)).toBeVisible();
  });

  test.describe('regressions of fixed bugs', () => {
    test('the show-password buttons are labelled in Latvian', async ({ page }) => {
      const setup = new SetupPage(page, 'lv');
      await expect(setup.password).toBeVisible();
      await expect(page.getByRole('button', { name: tr('lv', 'common:actions.toggleSecret') })).toHaveCount(2);
      // Mantine's English default must not leak through.
      await expect(page.getByRole('button', { name: 'Toggle password visibility' })).toHaveCount(0);
    });
  });
});
