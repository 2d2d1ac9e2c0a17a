import type { Locator, Page } from '@playwright/test';
import { Translated } from './translated';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Mantine appends " *" to the label of a required field. */
export const labelPattern = (label: string) => new RegExp(`^${escapeRegExp(label)}( \\*)?$`);

export interface NewClient {
  firstName: string;
  lastName: string;
  country?: 'LV' | 'LT';
  code?: string;
  birthDate?: string;
}

/** The client register: the header search, the list, the registration form and the card. */
export class ClientsPages extends Translated {
  get search() {
    return this.page.getByRole('combobox', { name: this.t('clients:search.label'), exact: true });
  }
  /** The search box's results (not the options of the form's selects). */
  get searchOptions() {
    return this.page.getByRole('listbox', { name: this.t('clients:search.results') }).getByRole('option');
  }
  searchResult(name: string): Locator {
    return this.searchOptions.filter({ hasText: name });
  }
  navLink(key: 'nav.clients' | 'nav.newClient' | 'nav.home') {
    return this.page.getByRole('navigation').getByRole('link', { name: this.t(key), exact: true });
  }
  /** A form field by its label, whether or not the label carries the required-field asterisk. */
  clientField(key: string, scope: Page | Locator = this.page) {
    return scope.getByLabel(labelPattern(this.t(`clients:${key}`)));
  }
  get codeCountry() {
    return this.clientField('field.codeCountry');
  }
  get personalCode() {
    return this.clientField('field.personalCode');
  }
  get codeKind() {
    return this.clientField('field.codeKind');
  }
  get birthDate() {
    return this.clientField('field.birthDate');
  }
  get registerButton() {
    return this.page.getByRole('button', { name: this.t('clients:actions.register'), exact: true });
  }
  get overrideDialog() {
    return this.page.getByRole('dialog', { name: this.t('clients:override.title') });
  }
  cardHeading(name: string) {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }
  section(key: string) {
    return this.page.getByRole('region', { name: this.t(key) });
  }
  get listTable() {
    return this.page.getByRole('table', { name: this.t('clients:list.title') });
  }
  /** The list's client rows (the header row holds column headers, not cells). */
  get listRows() {
    return this.listTable.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }
  get columnHeaders() {
    return this.listTable.getByRole('columnheader');
  }
  /** The live alert naming who already holds the code being typed. */
  codeTakenAlert(name: string) {
    return this.page.getByRole('alert').filter({ hasText: this.t('errors:clients.duplicateCode', { name }) });
  }

  async fillNewClient(client: NewClient): Promise<void> {
    await this.navLink('nav.newClient').click();
    await this.clientField('field.firstName').fill(client.firstName);
    await this.clientField('field.lastName').fill(client.lastName);
    await this.codeCountry.selectOption(client.country ?? 'LV');
    if (client.code) await this.personalCode.fill(client.code);
    if (client.birthDate) await this.birthDate.fill(client.birthDate);
  }

  async register(client: NewClient): Promise<void> {
    await this.fillNewClient(client);
    await this.registerButton.click();
    await this.cardHeading(`${client.firstName} ${client.lastName}`).waitFor();
  }
}
