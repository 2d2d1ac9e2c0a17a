import { Translated } from './translated';

export class SettingsPage extends Translated {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('settings:title'), exact: true });
  }
  get idleLockMinutes() {
    return this.field(this.t('settings:idleLockMinutes'));
  }
  /** The checkbox of a meal of the catalogue ("breakfast", "dinner"): ticked when the centre serves it. */
  meal(kind: string) {
    return this.page.getByRole('checkbox', { name: this.t(`common:meal.${kind}`), exact: true });
  }
  get saved() {
    return this.page.getByText(this.t('settings:saved'), { exact: true });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('settings:save'), exact: true }).click();
  }

  async setIdleLockMinutes(minutes: number): Promise<void> {
    await this.idleLockMinutes.fill(String(minutes));
    await this.save();
    await this.saved.waitFor();
  }
}
