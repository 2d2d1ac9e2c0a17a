import type { i18n } from 'i18next';
import { createI18n } from '#shared/i18n/create-i18n';
import type { UiLanguage } from '#shared/contract/common';
import type { Translate } from './dispatcher';

/** Server-side messages come from the same locale files as the UI; one i18next instance per language. */
export function createTranslator(): Translate {
  const instances = new Map<UiLanguage, i18n>();
  return (language, key, params) => {
    let instance = instances.get(language);
    if (!instance) {
      instance = createI18n(language);
      instances.set(language, instance);
    }
    // Keys come from services at run time, so the typed `t` cannot check them here.
    const t = instance.t as unknown as (key: string, options?: object) => string;
    return t(`errors:${key}`, params ?? {});
  };
}
