import type { Locator } from '@playwright/test';
import { Translated } from './translated';

export interface NewStaff {
  fullName: string;
  username: string;
  role: 'administrator' | 'manager' | 'reception' | 'carer';
  language: 'lv' | 'lt' | 'ru' | 'en';
  password: string;
  pin?: string;
}

/** The administrator's staff page, its "new staff member" page and its dialogs. */
export class StaffPage extends Translated {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('staff:title'), exact: true });
  }
  get addButton() {
    return this.page.getByRole('link', { name: this.t('staff:add'), exact: true });
  }
  get createHeading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('staff:createTitle'), exact: true });
  }
  get fullName() {
    return this.field(this.t('staff:fullName'));
  }
  get username() {
    return this.field(this.t('staff:username'));
  }
  get role() {
    return this.page.getByRole('combobox', { name: this.t('staff:role'), exact: true });
  }
  get languageSelect() {
    return this.page.getByRole('combobox', { name: this.t('staff:language'), exact: true });
  }
  get password() {
    return this.field(this.t('staff:password'));
  }
  get pin() {
    return this.field(this.t('staff:pin'));
  }
  get createButton() {
    return this.page.getByRole('button', { name: this.t('staff:create'), exact: true });
  }
  row(fullName: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('cell', { name: fullName, exact: false }) });
  }
  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  private async pick(select: Locator, option: string): Promise<void> {
    await select.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async create(staff: NewStaff): Promise<void> {
    await this.addButton.click();
    await this.fullName.fill(staff.fullName);
    await this.username.fill(staff.username);
    await this.pick(this.role, this.t(`role.${staff.role}`));
    await this.pick(this.languageSelect, this.t(`language.${staff.language}`));
    await this.password.fill(staff.password);
    if (staff.pin) await this.pin.fill(staff.pin);
    await this.createButton.click();
    await this.row(staff.fullName).waitFor();
  }

  /** Opens a row's action menu and picks one ("Edit", "PIN"…). */
  async act(fullName: string, actionKey: string): Promise<void> {
    await this.page.getByRole('button', { name: this.t('staff:actionsFor', { name: fullName }), exact: true }).click();
    await this.page.getByRole('menuitem', { name: this.t(actionKey), exact: true }).click();
  }

  async changeRole(fullName: string, role: NewStaff['role']): Promise<void> {
    await this.act(fullName, 'staff:edit');
    await this.pick(this.dialog().getByRole('combobox', { name: this.t('staff:role'), exact: true }), this.t(`role.${role}`));
    await this.dialog().getByRole('button', { name: this.t('staff:save'), exact: true }).click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  async setPin(fullName: string, pin: string): Promise<void> {
    await this.act(fullName, 'staff:managePin');
    await this.dialog().getByLabel(this.t('staff:newPin'), { exact: true }).fill(pin);
    await this.dialog().getByRole('button', { name: this.t('staff:setPin'), exact: true }).click();
    await this.dialog().waitFor({ state: 'detached' });
  }
}
