import { Translated } from './translated';

export class SettingsPage extends Translated {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('settings:title'), exact: true });
  }
  get idleLockMinutes() {
    return this.field(this.t('settings:idleLockMinutes'));
  }
  get saved() {
    return this.page.getByText(this.t('settings:saved'), { exact: true });
  }

  async setIdleLockMinutes(minutes: number): Promise<void> {
    await this.idleLockMinutes.fill(String(minutes));
    await this.page.getByRole('button', { name: this.t('settings:save'), exact: true }).click();
    await this.saved.waitFor();
  }
}
