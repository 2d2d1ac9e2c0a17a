import { initReactI18next } from 'react-i18next';
import { createI18n, defaultLanguage, isUiLanguage } from '#shared/i18n/create-i18n';
import type { UiLanguage } from '#shared/contract/common';
import { api } from '../api/client';

const storageKey = 'caredesk.language';

/** The language this browser last used, so the setup and login pages open in it. */
export function storedLanguage(): UiLanguage | null {
  const value = window.localStorage.getItem(storageKey);
  return isUiLanguage(value) ? value : null;
}

export const i18n = createI18n(storedLanguage() ?? defaultLanguage, [initReactI18next]);

/**
 * Applies a language everywhere the renderer shows it: strings, <html lang>, calls to the core. Only a
 * choice (the switcher, a login) is remembered; the start-up default is not, so a browser that never
 * chose still follows the centre's default language.
 */
export function applyLanguage(language: UiLanguage, { remember = true } = {}): void {
  if (remember) window.localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  api.setLanguage(language);
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

applyLanguage(storedLanguage() ?? defaultLanguage, { remember: false });
