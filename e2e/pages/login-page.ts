import { Translated } from './translated';

export class LoginPage extends Translated {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('auth:title') });
  }
  /** The message shown after the first-run setup. */
  get setupDoneNotice() {
    return this.page.getByText(this.t('setup:done'), { exact: true });
  }
  get username() {
    return this.field(this.t('auth:username'));
  }
  get password() {
    return this.field(this.t('auth:password'));
  }
  get submitButton() {
    return this.page.getByRole('button', { name: this.t('auth:submit'), exact: true });
  }
  get error() {
    return this.page.getByRole('alert');
  }

  /** The administrator's recovery form, behind a link under the password form. */
  get recoverLink() {
    return this.page.getByRole('button', { name: this.t('auth:recoverLink'), exact: true });
  }
  get recoverHeading() {
    return this.page.getByRole('heading', { name: this.t('auth:recoverTitle'), exact: true });
  }
  get recoveredNotice() {
    return this.page.getByText(this.t('auth:recoveredNotice'), { exact: true });
  }
  /** The new recovery code shown after a recovery, as on the set-up's last screen. */
  get newRecoveryCode() {
    return this.page.getByLabel(this.t('auth:recoveryCode'), { exact: true }).and(this.page.locator('pre'));
  }
  get recoveryWrittenDownButton() {
    return this.page.getByRole('button', { name: this.t('auth:recoveryWrittenDown'), exact: true });
  }

  /** Fills and sends the recovery form; the new code is then on the screen. */
  async recover(username: string, recoveryCode: string, newPassword: string): Promise<void> {
    await this.recoverLink.click();
    await this.field(this.t('auth:username')).fill(username);
    await this.field(this.t('auth:recoveryCode')).fill(recoveryCode);
    await this.field(this.t('auth:newPassword')).fill(newPassword);
    await this.field(this.t('auth:newPasswordRepeat')).fill(newPassword);
    await this.page.getByRole('button', { name: this.t('auth:recoverSubmit'), exact: true }).click();
  }

  async logIn(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submitButton.click();
  }
}
