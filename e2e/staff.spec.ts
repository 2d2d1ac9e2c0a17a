import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tr } from './locales';
import { AuditPage } from './pages/audit-page';
import { SettingsPage } from './pages/settings-page';
import { Shell } from './pages/shell';
import { StaffPage, type NewStaff } from './pages/staff-page';
import { SwitchUserScreen } from './pages/switch-user';
import { admin, setUpAndLogIn } from './steps';
import { expectFullyTranslated } from './text-audit';

const reception: NewStaff = {
  fullName: 'Ieva Kalniņa',
  username: 'ieva.kalnina',
  role: 'reception',
  language: 'lv',
  password: 'Rīta-maiņa-2026',
  pin: '2468',
};

/** What the API answers this browser's session for a method, as a script in the page would get it. */
async function callApi(page: Page, method: string, body: object = {}) {
  const response = await page.request.post(`/api/${method}`, { data: body, headers: { 'content-type': 'application/json' } });
  return { status: response.status(), body: (await response.json()) as { ok: boolean; error?: { kind: string; code: string } } };
}

async function openStaffPage(page: Page, shell: Shell): Promise<StaffPage> {
  await shell.navLink('staff').click();
  const staff = new StaffPage(page, shell.language);
  await expect(staff.heading).toBeVisible();
  return staff;
}

test.describe('staff, roles and the shared reception PC', () => {
  test('the administrator creates a reception user with a PIN, who signs in on the switch screen and cannot reach staff or audit', async ({ page }) => {
    const shell = await setUpAndLogIn(page);
    const staff = await openStaffPage(page, shell);
    await staff.create(reception);
    await expect(staff.row(reception.fullName)).toContainText(tr('lv', 'role.reception'));
    await expect(staff.row(reception.fullName)).toContainText(tr('lv', 'staff:pinSet'));
    await expectFullyTranslated(page, 'lv');

    await shell.switchUserButton.click();
    const screen = new SwitchUserScreen(page, 'lv');
    await expect(screen.lockedHeading).toBeVisible();
    await expectFullyTranslated(page, 'lv');
    await screen.signInWithPin(reception.fullName, '1111');
    await expect(screen.error).toHaveText(tr('lv', 'errors:auth.wrongPin'));
    await screen.pin.pressSequentially(reception.pin!);
    await screen.pin.press('Enter');

    await expect(shell.signedIn(reception.fullName)).toBeVisible();
    await expect(shell.mainMenu).toBeVisible();
    for (const key of ['staff', 'audit', 'settings']) await expect(shell.navLink(key)).toHaveCount(0);
    await page.goto('/#/staff');
    await expect(page.getByRole('heading', { level: 1, name: tr('lv', 'noAccess.title') })).toBeVisible();
    await expectFullyTranslated(page, 'lv');
    for (const method of ['staff.list', 'audit.list', 'settings.update']) {
      const answer = await callApi(page, method, method === 'settings.update' ? { idleLockMinutes: 1 } : {});
      expect.soft(answer, method).toMatchObject({ status: 403, body: { ok: false, error: { kind: 'forbidden' } } });
    }
  });

  test('idle past the idle time, the PC locks; the same user unlocks with the PIN and finds the half-filled form, anyone else starts fresh', async ({ page }) => {
    const shell = await setUpAndLogIn(page);
    const staff = await openStaffPage(page, shell);
    await staff.create(reception);
    await staff.setPin(admin.fullName, '1357');
    await shell.navLink('settings').click();
    await new SettingsPage(page, 'lv').setIdleLockMinutes(1);

    // A fake clock, so a minute of idling takes no minute of test time.
    await page.clock.install();
    await page.goto('/#/');
    await expect(shell.welcome(admin.fullName)).toBeVisible();
    await shell.navLink('staff').click();
    await staff.addButton.click();
    await staff.fullName.fill('Jānis Puse');
    await staff.username.fill('janis.puse');

    await page.clock.fastForward('00:30');
    const screen = new SwitchUserScreen(page, 'lv');
    await expect(screen.lockedHeading).toBeHidden();
    await page.clock.fastForward('00:35');
    await expect(screen.lockedHeading).toBeVisible();
    await expect(staff.createHeading).toBeHidden();
    // Locked for the API too, not only for the eyes.
    expect(await callApi(page, 'auth.me')).toMatchObject({ status: 401, body: { error: { code: 'auth.locked' } } });

    await screen.signInWithPin(admin.fullName, '1357');
    await expect(staff.createHeading).toBeVisible();
    await expect(staff.fullName).toHaveValue('Jānis Puse');
    await expect(staff.username).toHaveValue('janis.puse');

    await shell.switchUserButton.click();
    await screen.signInWithPin(reception.fullName, reception.pin!);
    await expect(shell.signedIn(reception.fullName)).toBeVisible();
    await shell.switchUserButton.click();
    await screen.signInWithPin(admin.fullName, '1357');
    await expect(shell.welcome(admin.fullName)).toBeVisible();
    await expect(staff.createHeading).toBeHidden();
  });

  test('the audit page shows each write with the right person and the changed fields', async ({ page }) => {
    const shell = await setUpAndLogIn(page);
    const staff = await openStaffPage(page, shell);
    await staff.create(reception);
    await staff.changeRole(reception.fullName, 'carer');
    await shell.navLink('settings').click();
    await new SettingsPage(page, 'lv').setIdleLockMinutes(12);

    await shell.navLink('audit').click();
    const audit = new AuditPage(page, 'lv');
    await expect(audit.heading).toBeVisible();
    const created = audit.entries('staff.create');
    await expect(created).toHaveCount(1);
    await expect(created).toContainText(admin.fullName);
    await expect(created).toContainText(`${tr('lv', 'audit:field.fullName')} ${reception.fullName}`);
    await expect(created).toContainText(`${tr('lv', 'audit:field.username')} ${reception.username}`);
    await expect(created).not.toContainText(reception.password);

    const edited = audit.entries('staff.update');
    await expect(edited).toContainText(admin.fullName);
    await expect(edited).toContainText(`${tr('lv', 'audit:field.role')} ${tr('lv', 'role.reception')} → ${tr('lv', 'role.carer')}`);
    await expect(audit.entries('settings.update')).toContainText(`${tr('lv', 'audit:field.idleLockMinutes')} 5 → 12`);
    await expect(audit.entries('setup.initialise')).toHaveCount(2);
    await expectFullyTranslated(page, 'lv');

    await audit.filterByAction('staff.update');
    await expect(audit.table.getByRole('row')).toHaveCount(2); // the header and the one edit
  });

  test('each user’s language applies on switch (spot checks in Lithuanian and Russian)', async ({ page }) => {
    const shell = await setUpAndLogIn(page);
    await shell.switchLanguage('lt');
    const staff = await openStaffPage(page, shell);
    await staff.create({ ...reception, fullName: 'Ольга Петрова', username: 'olga', role: 'carer', language: 'ru', pin: '8642' });
    await expect(staff.row('Ольга Петрова')).toContainText(tr('lt', 'role.carer'));
    await expectFullyTranslated(page, 'lt');

    await shell.switchUserButton.click();
    const screen = new SwitchUserScreen(page, 'lt');
    await expect(screen.lockedHeading).toBeVisible();
    await expectFullyTranslated(page, 'lt');
    await screen.signInWithPin('Ольга Петрова', '8642');

    const russian = new Shell(page, 'ru');
    await expect(russian.signedIn('Ольга Петрова')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(russian.navLink('staff')).toHaveCount(0);
    await expectFullyTranslated(page, 'ru');

    await russian.switchUserButton.click();
    const backScreen = new SwitchUserScreen(page, 'ru');
    await expect(backScreen.lockedHeading).toBeVisible();
    await backScreen.signInWithPassword(admin.fullName, admin.password);
    await expect(new Shell(page, 'lt').welcome(admin.fullName)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  });
});
