import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { tr } from './locales';
import { BackupsPage } from './pages/backups-page';
import { ClientsPages } from './pages/clients';
import { LoginPage } from './pages/login-page';
import { admin, setUpAndLogIn } from './steps';
import { expectFullyTranslated } from './text-audit';

const backupName = /^caredesk-\d{8}-\d{6}-manual\.sqlite$/;
const keptAside = /^caredesk\.sqlite\.before-restore-\d{8}-\d{6}\.bak$/;

test('a backup made on demand goes to the chosen folder; restoring it brings back the data of that moment', async ({ page, dataDir }) => {
  const shell = await setUpAndLogIn(page);
  const clients = new ClientsPages(page, 'lv');
  await clients.register({ firstName: 'Elza', lastName: 'Kalniņa', code: '120485-12346' });

  // The folder is a USB disk the manager plugged in; the default is beside the database.
  const usb = path.join(dataDir, 'usb-disk');
  fs.mkdirSync(usb);
  await shell.navLink('backups').click();
  const backups = new BackupsPage(page, 'lv');
  await expect(backups.heading).toBeVisible();
  await expect(backups.folder).toHaveValue(path.join(dataDir, 'backups'));
  await backups.setFolder(usb);
  expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'backup-settings.json'), 'utf8'))).toMatchObject({ folder: usb });

  await backups.makeBackup();
  await expect(backups.rows).toHaveCount(1);
  await expect(backups.rows.first()).toContainText(tr('lv', 'backups:kind.manual'));
  await expect(backups.rows.first().getByRole('cell').nth(3)).toHaveText('1'); // one client in it
  expect(fs.readdirSync(usb)).toEqual([expect.stringMatching(backupName)]);
  await expectFullyTranslated(page, 'lv');

  // The same page in Lithuanian and Russian.
  for (const language of ['lt', 'ru'] as const) {
    await shell.switchLanguage(language);
    backups.language = language;
    await expect(backups.heading).toBeVisible();
    await expect(backups.rows.first()).toContainText(tr(language, 'backups:kind.manual'));
    await expectFullyTranslated(page, language);
  }
  await shell.switchLanguage('lv');
  backups.language = 'lv';

  // Work done after the backup.
  await clients.register({ firstName: 'Pēteris', lastName: 'Vēlākais', code: '32123456785' });

  // The administrator restores the backup: asked first, then everyone logs in again.
  await shell.navLink('backups').click();
  await backups.restoreButton(0).click();
  await expect(backups.confirmDialog).toBeVisible();
  await expect(backups.confirmDialog).toContainText(tr('lv', 'backups:confirm.clients', { number: 1 }));
  await expectFullyTranslated(page, 'lv');
  await backups.confirmRestoreButton.click();
  const login = new LoginPage(page, 'lv');
  await expect(login.heading).toBeVisible();
  await login.logIn(admin.username, admin.password);
  await expect(shell.mainMenu).toBeVisible();

  // The data of the backup's moment: Elza, and nobody registered after it.
  await clients.navLink('nav.clients').click();
  await expect(clients.listRows.filter({ hasText: 'Kalniņa' })).toHaveCount(1);
  await expect(clients.listRows.filter({ hasText: 'Vēlākais' })).toHaveCount(0);
  // The database of before the restore is kept aside, never deleted; the backup stays in its folder.
  expect(fs.readdirSync(dataDir).filter((f) => keptAside.test(f))).toHaveLength(1);
  expect(fs.readdirSync(usb)).toHaveLength(1);

  // The USB disk unplugged: the home page says so.
  fs.rmSync(usb, { recursive: true });
  await shell.openHome();
  await expect(page.getByText(tr('lv', 'backups:warning.folderMissing', { folder: usb }), { exact: true })).toBeVisible();
  await expectFullyTranslated(page, 'lv');
});
