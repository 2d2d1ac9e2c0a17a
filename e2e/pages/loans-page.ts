import type { Locator } from '@playwright/test';
import { Translated } from './translated';

/** `#/loans` with its dialogs, and `#/bookings` with its week calendar. */
export class LoansPage extends Translated {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('loans:title'), exact: true });
  }
  get lendButton() {
    return this.page.getByRole('button', { name: this.t('loans:lend.button'), exact: true });
  }
  get dialog() {
    return this.page.getByRole('dialog');
  }
  combobox(key: string): Locator {
    return this.dialog.getByRole('combobox', { name: this.t(key), exact: true });
  }
  option(name: string | RegExp): Locator {
    return this.page.getByRole('option', { name });
  }
  dialogField(key: string): Locator {
    return this.dialog.getByLabel(this.t(key), { exact: true });
  }
  submit(key: string): Locator {
    return this.dialog.getByRole('button', { name: this.t(key), exact: true });
  }
  tab(key: string): Locator {
    return this.page.getByRole('tab', { name: this.t(key), exact: true });
  }
  row(text: string): Locator {
    return this.page.getByRole('row').filter({ hasText: text });
  }
  rowButton(text: string, key: string): Locator {
    return this.row(text).getByRole('button', { name: this.t(key), exact: true });
  }
  rowLink(text: string, key: string): Locator {
    return this.row(text).getByRole('link', { name: this.t(key), exact: true });
  }
  filter(key: string): Locator {
    return this.page.getByText(this.t(key), { exact: true });
  }
  get notice() {
    return this.page.getByRole('status');
  }
}

export class BookingsPage extends Translated {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('bookings:title'), exact: true });
  }
  /** The first free slot at `time` in the week (Monday's, when the week starts today). */
  freeSlot(time: string): Locator {
    return this.page.getByRole('button', { name: this.t('bookings:week.free', { time }) }).first();
  }
  /** A free slot at `time` on a day the centre is closed, named by why (e.g. the holiday's label). */
  freeSlotOnClosedDay(time: string, closedLabel: string): Locator {
    return this.page.getByRole('button', { name: `${this.t('bookings:week.free', { time })} (${closedLabel})` });
  }
  booking(name: string): Locator {
    return this.page.getByRole('table', { name: this.t('bookings:week.label'), exact: true }).getByRole('button', { name: new RegExp(name) });
  }
  get dialog() {
    return this.page.getByRole('dialog');
  }
  get editResource(): Locator {
    return this.page.getByRole('button', { name: this.t('bookings:resources.edit'), exact: true });
  }
  clientField(): Locator {
    return this.dialog.getByRole('combobox', { name: this.t('bookings:book.client'), exact: true });
  }
  option(name: string): Locator {
    return this.page.getByRole('option', { name, exact: true });
  }
  dialogButton(key: string): Locator {
    return this.dialog.getByRole('button', { name: this.t(key), exact: true });
  }
}
