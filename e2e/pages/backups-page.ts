import { Translated } from './translated';

/** The Backups page: status, a backup on demand, the list with Restore, the folder and rotation settings. */
export class BackupsPage extends Translated {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('backups:title'), exact: true });
  }
  get folder() {
    return this.field(this.t('backups:settings.folder'));
  }
  get makeBackupButton() {
    return this.page.getByRole('button', { name: this.t('backups:createNow'), exact: true });
  }
  get made() {
    return this.page.getByText(this.t('backups:created'), { exact: true });
  }
  get settingsSaved() {
    return this.page.getByText(this.t('backups:settings.saved'), { exact: true });
  }
  /** The list's rows (the header row left out), newest first. */
  get rows() {
    return this.page.getByRole('region', { name: this.t('backups:list.title'), exact: true }).getByRole('row').filter({ has: this.page.getByRole('cell') });
  }
  /** The Restore button of a row; its accessible name says which backup. */
  restoreButton(row: number) {
    return this.rows.nth(row).getByRole('button', { name: new RegExp(`^${this.t('backups:restore')}`) });
  }
  get confirmDialog() {
    return this.page.getByRole('dialog', { name: this.t('backups:confirm.title'), exact: true });
  }
  get confirmRestoreButton() {
    return this.confirmDialog.getByRole('button', { name: this.t('backups:confirm.restore'), exact: true });
  }

  async setFolder(folder: string): Promise<void> {
    await this.folder.fill(folder);
    await this.page.getByRole('button', { name: this.t('backups:settings.save'), exact: true }).click();
    await this.settingsSaved.waitFor();
  }

  async makeBackup(): Promise<void> {
    await this.makeBackupButton.click();
    await this.made.waitFor();
  }
}
