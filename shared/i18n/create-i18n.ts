import i18next, { type i18n, type Module } from 'i18next';
import type { UiLanguage } from '../contract/common';
import { uiLanguages } from '../contract/common';
import { namespaces, resources } from './resources';
import { addIsoFormatters } from './iso-formatters';

export const defaultLanguage: UiLanguage = 'lv';

/** Locale tags for Intl: the UI language codes are already valid BCP 47 tags. */
export function intlLocale(language: UiLanguage): string {
  return language;
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/**
 * One i18next instance per caller (renderer, Electron menus, server messages, printed documents), all
 * from the same resources. English is the fallback so a missing key never shows a raw key.
 */
export function createI18n(language: UiLanguage = defaultLanguage, modules: Module[] = []): i18n {
  const instance = i18next.createInstance();
  for (const module of modules) instance.use(module);
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...uiLanguages],
    ns: namespaces,
    defaultNS: 'common',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  addIsoFormatters(instance);
  return instance;
}
