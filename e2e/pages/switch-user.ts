import { Translated } from './translated';

/** The switch-user screen: the login page of a shared PC and the lock screen, with staff tiles and a PIN pad. */
export class SwitchUserScreen extends Translated {
  get lockedHeading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('auth:lockedTitle'), exact: true });
  }
  get tiles() {
    return this.page.getByRole('region', { name: this.t('auth:whoIsWorking'), exact: true });
  }
  tile(fullName: string) {
    return this.tiles.getByRole('button', { name: fullName, exact: true });
  }
  // Visible ones only: under the lock screen the app stays in the page, hidden, forms and all.
  get pin() {
    return this.field(this.t('auth:pin')).filter({ visible: true });
  }
  get password() {
    return this.field(this.t('auth:password')).filter({ visible: true });
  }
  get error() {
    return this.page.getByRole('alert');
  }

  /** Picks the tile and types the PIN on the keyboard, Enter to sign in. */
  async signInWithPin(fullName: string, pin: string): Promise<void> {
    await this.tile(fullName).click();
    await this.pin.pressSequentially(pin);
    await this.pin.press('Enter');
  }

  async signInWithPassword(fullName: string, password: string): Promise<void> {
    await this.tile(fullName).click();
    await this.password.fill(password);
    await this.password.press('Enter');
  }
}
