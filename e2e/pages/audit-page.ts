import type { Locator } from '@playwright/test';
import { Translated } from './translated';

/** The manager's audit trail: filters above, a table of entries newest first. */
export class AuditPage extends Translated {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('audit:title'), exact: true });
  }
  get table() {
    return this.page.getByRole('table', { name: this.t('audit:title'), exact: true });
  }
  /** Body rows whose action column shows the method's translated name. */
  entries(methodKey: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name: this.t(`audit:method.${methodKey}`), exact: true }) });
  }

  async filterByAction(methodKey: string): Promise<void> {
    await this.page.getByRole('combobox', { name: this.t('audit:action'), exact: true }).click();
    await this.page.getByRole('option', { name: this.t(`audit:method.${methodKey}`), exact: true }).click();
    await this.page.getByRole('button', { name: this.t('audit:apply'), exact: true }).click();
  }
}
