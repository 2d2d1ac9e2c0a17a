import type { Locator } from '@playwright/test';
import { expect } from '../fixtures';
import { Translated } from './translated';

export interface CentreDetails {
  name: string;
  country: 'LV' | 'LT';
  /** What to type into the searchable municipality select, and the option to pick then. */
  municipalitySearch: string;
  municipality: string;
  language: 'lv' | 'lt' | 'ru' | 'en';
}

export interface AdminDetails {
  fullName: string;
  username: string;
  password: string;
}

/** The first-run form: the centre and its first administrator. */
export class SetupPage extends Translated {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('setup:title') });
  }
  get centreName() {
    return this.field(this.t('setup:centreName'));
  }
  get country() {
    return this.page.getByRole('combobox', { name: this.t('setup:country'), exact: true });
  }
  get municipality() {
    return this.page.getByRole('combobox', { name: this.t('setup:municipality'), exact: true });
  }
  get defaultLanguage() {
    return this.page.getByRole('combobox', { name: this.t('setup:language'), exact: true });
  }
  get fullName() {
    return this.field(this.t('setup:fullName'));
  }
  get username() {
    return this.field(this.t('setup:username'));
  }
  get password() {
    return this.field(this.t('setup:password'));
  }
  get passwordRepeat() {
    return this.field(this.t('setup:passwordRepeat'));
  }
  get submitButton() {
    return this.page.getByRole('button', { name: this.t('setup:submit'), exact: true });
  }

  /** The screen after a successful set-up: the administrator's recovery code, shown this once. */
  get recoveryHeading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('auth:recoveryTitle') });
  }
  get recoveryIntro() {
    return this.page.getByText(this.t('setup:recoveryIntro'), { exact: true });
  }
  get recoveryCode() {
    return this.page.getByLabel(this.t('auth:recoveryCode'), { exact: true });
  }
  get recoveryWrittenDownButton() {
    return this.page.getByRole('button', { name: this.t('auth:recoveryWrittenDown'), exact: true });
  }

  /** Reads the recovery code off the screen, as the administrator would write it down, and goes on. */
  async writeDownRecoveryCode(): Promise<string> {
    await expect(this.recoveryHeading).toBeVisible();
    const code = (await this.recoveryCode.innerText()).trim();
    await this.recoveryWrittenDownButton.click();
    return code;
  }

  /** An option of the open select's list. */
  option(name: string): Locator {
    return this.page.getByRole('option', { name, exact: true });
  }

  private async pick(select: Locator, optionName: string): Promise<void> {
    await select.click();
    await this.option(optionName).click();
  }

  async fillCentre(centre: CentreDetails): Promise<void> {
    await this.centreName.fill(centre.name);
    await this.pick(this.country, this.t(`country.${centre.country}`));
    await this.municipality.fill(centre.municipalitySearch);
    await this.option(centre.municipality).click();
    await this.pick(this.defaultLanguage, this.t(`language.${centre.language}`));
  }

  async fillAdmin(admin: AdminDetails, passwordRepeat = admin.password): Promise<void> {
    await this.fullName.fill(admin.fullName);
    await this.username.fill(admin.username);
    await this.password.fill(admin.password);
    await this.passwordRepeat.fill(passwordRepeat);
  }

  async submit(): Promise<void> {
    await this.submitButton.click();
  }
}
