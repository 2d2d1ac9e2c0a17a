import type { Locator } from '@playwright/test';
import { Translated } from './translated';

/** The day board: search, rows of the day's clients, counters, the end-of-day panel and the undo toast. */
export class DayBoardPage extends Translated {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('board:title'), exact: true });
  }
  get filter() {
    return this.page.getByLabel(this.t('board:filter.label'), { exact: true });
  }
  get list() {
    return this.page.getByRole('table', { name: this.t('board:list'), exact: true });
  }
  get rows() {
    return this.list.getByRole('row');
  }
  /** The row of a client, by "Lastname Firstname" as the board shows it. */
  row(name: string): Locator {
    return this.list.getByRole('row').filter({ hasText: name });
  }
  status(name: string): Locator {
    return this.row(name).getByTestId('status');
  }
  /** A meal toggle of a client's row ("lunch", "dinner"); the board shows only the meals the centre serves. */
  meal(name: string, kind: string): Locator {
    return this.row(name).getByRole('checkbox', { name: this.t(`common:meal.${kind}`), exact: true });
  }
  lunch(name: string): Locator {
    return this.meal(name, 'lunch');
  }
  checkInButton(name: string): Locator {
    return this.row(name).getByRole('button', { name: this.t('board:action.checkIn'), exact: true });
  }
  counter(key: 'expected' | 'present' | 'absent' | 'notArrived'): Locator {
    return this.page.getByTestId(`counter-${key}`);
  }
  get stillHere() {
    return this.page.getByRole('region', { name: this.t('board:end.title'), exact: true });
  }
  get endTime() {
    return this.page.getByLabel(this.t('board:end.time'), { exact: true });
  }
  checkOutAllButton(time: string): Locator {
    return this.page.getByRole('button', { name: this.t('board:end.all', { time }), exact: true });
  }
  get confirmButton() {
    return this.page.getByRole('button', { name: this.t('board:end.yes'), exact: true });
  }
  get toast() {
    return this.page.getByRole('status').filter({ hasText: /\S/ });
  }
  absenceReason(index: number, reason: string): Locator {
    return this.page.getByRole('dialog').getByRole('button', { name: `${index} ${this.t(`board:reason.${reason}`)}` });
  }

  /** Names of the rows, in the order shown. */
  async names(): Promise<string[]> {
    return this.rows.getByTestId('name').allInnerTexts();
  }

  /**
   * A status text in any of its forms: neutral, or agreeing with a male or female client ("ieradies",
   * "ieradusies"). `HH:MM` in a parameter stands for any time.
   */
  statusPattern(key: 'expected' | 'present' | 'left' | 'absent', params: Record<string, string> = {}): RegExp {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/HH:MM/g, '\\d\\d:\\d\\d');
    const forms = ['', '_male', '_female'].map((context) => escape(this.t(`board:status.${key}${context}`, params)));
    const alternatives = [...new Set(forms)].join('|');
    return new RegExp(`^(?:${alternatives})$`);
  }

  /** The badge of a card warning on a client's row ("collectors", "wandering", …); its full text is its name. */
  warning(kind: string): Locator {
    return this.list.locator(`[data-warning="${kind}"]`);
  }
}
