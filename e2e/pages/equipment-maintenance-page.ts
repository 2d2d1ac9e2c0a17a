import type { Locator, Page } from '@playwright/test';
import type { Language } from '../locales';
import { tr } from '../locales';

const ns = (key: string, params?: Record<string, string | number>) => [`equipment-maintenance:${key}`, params] as const;

/** The item page's Maintenance and Usage tabs, the due list and the home-page widget, by their translated names. */
export class EquipmentMaintenancePage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  text(key: string, params?: Record<string, string | number>): string {
    const [k, p] = ns(key, params);
    return tr(this.language, k, p);
  }

  button(key: string): Locator {
    return this.page.getByRole('button', { name: this.text(key), exact: true });
  }

  /** A form field by its label (a required field's label also shows an asterisk, outside its name). */
  field(key: string, role: 'textbox' | 'combobox' = 'textbox'): Locator {
    return this.page.getByRole(role, { name: this.text(key), exact: true });
  }

  option(name: string): Locator {
    return this.page.getByRole('option', { name, exact: true });
  }

  table(key: string): Locator {
    return this.page.getByRole('table', { name: this.text(key) });
  }

  get widget(): Locator {
    return this.page.getByRole('region', { name: this.text('widget.title') });
  }

  async openItem(itemId: number, tab: 'maintenance' | 'usage'): Promise<void> {
    await this.page.goto(`/#/equipment/${itemId}/${tab}`);
  }
}
