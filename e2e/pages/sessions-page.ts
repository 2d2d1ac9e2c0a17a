import type { Locator } from '@playwright/test';
import { Translated } from './translated';

/** Sessions: the week's list, the new-session form, one session's participants, a client's sessions. */
export class SessionsPage extends Translated {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('sessions:title'), exact: true });
  }
  get activity() {
    return this.page.getByRole('combobox', { name: this.t('sessions:field.activity'), exact: true });
  }
  option(name: string): Locator {
    return this.page.getByRole('option', { name, exact: true });
  }
  sessionField(key: string): Locator {
    return this.page.getByLabel(this.t(`sessions:field.${key}`), { exact: true });
  }
  get createButton() {
    return this.page.getByRole('button', { name: this.t('sessions:create.submit'), exact: true });
  }
  get addParticipant() {
    return this.page.getByRole('combobox', { name: this.t('sessions:detail.add'), exact: true });
  }
  get participants() {
    return this.page.getByRole('table', { name: this.t('sessions:detail.participants'), exact: true });
  }
  participant(name: string): Locator {
    return this.participants.getByRole('row').filter({ hasText: name });
  }
  markPresent(name: string): Locator {
    return this.page.getByRole('button', { name: `${this.t('sessions:detail.present')}: ${name}`, exact: true });
  }
  markAbsent(name: string): Locator {
    return this.page.getByRole('button', { name: `${this.t('sessions:detail.absent')}: ${name}`, exact: true });
  }
  /** Opens the session's participant list in the print preview. */
  get printListButton() {
    return this.page.getByRole('button', { name: this.t('sessions:detail.print'), exact: true });
  }
  get clientSessions() {
    return this.page.getByRole('table', { name: this.t('sessions:client.title'), exact: true });
  }
}
