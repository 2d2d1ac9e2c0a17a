import { Translated } from './translated';

/** The page shown instead of the app when the database cannot be opened. */
export class RecoveryPage extends Translated {
  heading(kind: string) {
    return this.page.getByRole('heading', { level: 1, name: this.t(`recovery:title.${kind}`) });
  }
  get backups() {
    return this.page.getByRole('table', { name: this.t('recovery:backups.title') });
  }
  /** The rows of the backup list, newest first (the header row left out). */
  get backupRows() {
    return this.backups.getByRole('row').filter({ has: this.page.getByRole('button') });
  }
  get tryAgainButton() {
    return this.page.getByRole('button', { name: this.t('recovery:tryAgain'), exact: true });
  }

  /** Restore on the newest backup, then the explicit confirmation the dialog asks for. */
  async restoreNewest(): Promise<void> {
    await this.backupRows.first().getByRole('button', { name: this.t('recovery:backups.restore') }).click();
    const dialog = this.page.getByRole('dialog', { name: this.t('recovery:confirm.title') });
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button', { name: this.t('recovery:confirm.submit'), exact: true }).click();
  }
}
