import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { tr, type Language } from '../locales';

/**
 * Base of the page objects. Labels are looked up in the language the page is showing, which
 * `switchLanguage` keeps track of, so a spec can switch language and go on using the same object.
 */
export abstract class Translated {
  constructor(
    readonly page: Page,
    public language: Language = 'lv',
  ) {}

  /** The UI text for a key in the page's current language. */
  t(key: string, params: Record<string, string | number> = {}): string {
    return tr(this.language, key, params);
  }

  /**
   * A form field by its exact label. Mantine puts the required mark into the label element (` *`,
   * aria-hidden), and getByLabel reads the label's text with it, so the mark is allowed here.
   */
  field(label: string) {
    return this.page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`));
  }

  /** The language switcher (LV/LT/RU/EN), a group named by the translated "Language". */
  get languageSwitcher() {
    return this.page.getByRole('group', { name: this.t('language.label'), exact: true });
  }

  /** The switcher's option for a language, named in the page's current language ("Lietuviešu"). */
  languageOption(language: Language) {
    return this.languageSwitcher.getByRole('radio', { name: this.t(`language.${language}`), exact: true });
  }

  /** Clicks the language's code (what a user sees) and waits until the page speaks it. */
  async switchLanguage(language: Language): Promise<void> {
    await this.languageSwitcher.getByText(language.toUpperCase(), { exact: true }).click();
    this.language = language;
    await expect(this.languageOption(language)).toBeChecked();
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }
}
