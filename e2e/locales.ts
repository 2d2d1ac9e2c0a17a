import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n } from 'i18next';
import { addIsoFormatters } from '../shared/i18n/iso-formatters';

/**
 * The app's own translation files, read at test time so the specs never hard-code UI strings: a
 * translator fixes a word and the tests follow. Every namespace file in shared/locales is loaded.
 */
export const languages = ['lv', 'lt', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];

const localesDir = fileURLToPath(new URL('../shared/locales/', import.meta.url));

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Namespaces = Record<string, Record<string, Json>>;

function readLanguage(language: Language): Namespaces {
  const dir = path.join(localesDir, language);
  const namespaces: Namespaces = {};
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    namespaces[path.basename(file, '.json')] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, Json>;
  }
  return namespaces;
}

export const locales: Record<Language, Namespaces> = {
  lv: readLanguage('lv'),
  lt: readLanguage('lt'),
  ru: readLanguage('ru'),
  en: readLanguage('en'),
};

const translators = new Map<Language, i18n>();

function translator(language: Language): i18n {
  let instance = translators.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    // Same settings as shared/i18n/create-i18n.ts, minus the English fallback: a missing key must
    // show up in a test as the raw key, not be papered over.
    void instance.init({
      lng: language,
      ns: Object.keys(locales.lv),
      defaultNS: 'common',
      resources: locales,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    // The app's formatters too: its messages write ISO dates as the language does.
    addIsoFormatters(instance);
    translators.set(language, instance);
  }
  return instance;
}

/** The text the UI shows for `namespace:key` (common when no namespace) in a language. */
export function tr(language: Language, key: string, params: Record<string, string | number> = {}): string {
  return translator(language).t(key, params);
}

/** Every leaf of a namespace as [dotted key, value]. */
function leaves(node: Json, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

/** All translation entries of a language: namespace, dotted key, value. */
export function entries(language: Language): { namespace: string; key: string; value: string }[] {
  return Object.entries(locales[language]).flatMap(([namespace, tree]) =>
    leaves(tree).map(([key, value]) => ({ namespace, key, value })),
  );
}
