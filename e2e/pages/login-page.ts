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

  async logIn(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submitButton.click();
  }
}
