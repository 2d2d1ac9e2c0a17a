import { describe, it, expect } from 'vitest';
import { uiLanguages, type UiLanguage } from '../contract/common';
import { createI18n } from './create-i18n';
import { namespaces, resources } from './resources';

/**
 * Checks the locale files against each other: Latvian is the reference, Lithuanian and Russian are full
 * equals (DOMAIN.md "Language"), English is the fallback. i18next picks a plural key by the suffix
 * `Intl.PluralRules(lng)` names, so each language must carry exactly its own categories.
 */

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const variablePattern = /\{\{\s*([\w.-]+)\s*\}\}/g;

/** Keys whose value is only a brand name or variables, so it may read the same in every language. */
const sameInEveryLanguage = new Set([
  'common.appName',
  'common.windowTitle',
  'common.windowTitleWithCentre',
  'auth.subtitle',
  'audit.recordWithKey',
  'audit.recordWithName',
]);

type Forms = Map<string | null, unknown>;

function flatten(value: object, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child !== null && typeof child === 'object' && !Array.isArray(child)) flatten(child as object, path, into);
    else into.set(path, child);
  }
  return into;
}

/** Base key → plural category (null for a plain key) → value. */
function grouped(language: UiLanguage, namespace: string): Map<string, Forms> {
  const table = resources[language][namespace as keyof (typeof resources)[UiLanguage]];
  const groups = new Map<string, Forms>();
  for (const [key, value] of flatten(table)) {
    const match = pluralSuffix.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const forms = groups.get(base) ?? new Map<string | null, unknown>();
    forms.set(match ? match[1]! : null, value);
    groups.set(base, forms);
  }
  return groups;
}

/** Sorted, comma-joined names, so two keys compare and print as plain strings. */
function variables(text: string): string {
  return [...new Set([...text.matchAll(variablePattern)].map((m) => m[1]!))].sort().join();
}

function pluralCategories(language: UiLanguage): string {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort().join();
}

const others = uiLanguages.filter((language) => language !== 'lv');
const notEnglish = uiLanguages.filter((language) => language !== 'en');

describe.each(namespaces)('locales, namespace %s', (namespace) => {
  const byLanguage = new Map(uiLanguages.map((language) => [language, grouped(language, namespace)] as const));
  const reference = byLanguage.get('lv')!;
  const pluralBases = [...new Set(uiLanguages.flatMap((language) =>
    [...byLanguage.get(language)!].filter(([, forms]) => [...forms.keys()].some((c) => c !== null)).map(([base]) => base),
  ))].sort();

  it('is not empty', () => {
    expect(reference.size).toBeGreaterThan(0);
  });

  it.each(others)('%s has the same keys as lv (plural suffixes stripped)', (language) => {
    expect([...byLanguage.get(language)!.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(uiLanguages)('%s has only non-empty string values', (language) => {
    const bad: string[] = [];
    for (const [base, forms] of byLanguage.get(language)!) {
      for (const [category, value] of forms) {
        if (typeof value !== 'string' || value.trim() === '') bad.push(category ? `${base}_${category}` : base);
      }
    }
    expect(bad).toEqual([]);
  });

  it.each(others)('%s uses the same {{variables}} as lv for every key', (language) => {
    const mismatches: string[] = [];
    for (const [base, forms] of byLanguage.get(language)!) {
      const expected = variables([...(reference.get(base)?.values() ?? [])].map(String).join(' '));
      const actual = variables([...forms.values()].map(String).join(' '));
      if (actual !== expected) mismatches.push(`${base}: [${actual}] vs lv [${expected}]`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(uiLanguages)('%s puts {{count}} and all other variables of the key in every plural form', (language) => {
    const missing: string[] = [];
    for (const base of pluralBases) {
      const forms = byLanguage.get(language)!.get(base);
      if (!forms) continue;
      const all = variables([...forms.values()].map(String).join(' '));
      for (const [category, value] of forms) {
        const own = variables(String(value));
        if (!own.split(',').includes('count') || own !== all) missing.push(`${base}_${String(category)}: [${own}]`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(uiLanguages)('%s has exactly the plural categories Intl.PluralRules lists', (language) => {
    const expected = pluralCategories(language);
    const wrong: string[] = [];
    for (const base of pluralBases) {
      const categories = [...(byLanguage.get(language)!.get(base)?.keys() ?? [])].map(String).sort().join();
      if (categories !== expected) wrong.push(`${base}: [${categories}] instead of [${expected}]`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(notEnglish)('%s has no value left in English', (language) => {
    const english = byLanguage.get('en')!;
    const leftovers: string[] = [];
    for (const [base, forms] of byLanguage.get(language)!) {
      if (sameInEveryLanguage.has(`${namespace}.${base}`)) continue;
      const englishValues = new Set(english.get(base)?.values() ?? []);
      for (const [category, value] of forms) {
        if (englishValues.has(value)) leftovers.push(`${category ? `${base}_${category}` : base}: ${String(value)}`);
      }
    }
    expect(leftovers).toEqual([]);
  });
});

describe('allowlist of values shared by every language', () => {
  it.each([...sameInEveryLanguage])('%s exists and holds only a brand name or variables', (key) => {
    const [namespace, ...rest] = key.split('.');
    const value = flatten(resources.lv[namespace as (typeof namespaces)[number]]).get(rest.join('.'));
    expect(typeof value).toBe('string');
    expect(String(value).replace(variablePattern, '').replace(/CareDesk|[\s—–-]/g, '')).toBe('');
  });
});

describe('createI18n picks the plural form of each language', () => {
  const cases: [UiLanguage, number, string][] = [
    ['lv', 0, '0 darbinieku'],
    ['lv', 1, '1 darbinieks'],
    ['lv', 2, '2 darbinieki'],
    ['lv', 11, '11 darbinieku'],
    ['lv', 21, '21 darbinieks'],
    ['lt', 1, '1 darbuotojas'],
    ['lt', 2, '2 darbuotojai'],
    ['lt', 10, '10 darbuotojų'],
    ['lt', 11, '11 darbuotojų'],
    ['lt', 21, '21 darbuotojas'],
    ['lt', 1.5, '1.5 darbuotojo'],
    ['ru', 1, '1 сотрудник'],
    ['ru', 2, '2 сотрудника'],
    ['ru', 5, '5 сотрудников'],
    ['ru', 11, '11 сотрудников'],
    ['ru', 21, '21 сотрудник'],
    ['ru', 1.5, '1.5 сотрудника'],
    ['en', 1, '1 staff member'],
    ['en', 2, '2 staff members'],
  ];

  it.each(cases)('%s, count %d: "%s"', (language, count, expected) => {
    const i18n = createI18n(language);
    expect(i18n.t('home.staffCount', { count })).toBe(expected);
  });

  it.each([
    ['lv', 8, 'Vismaz 8 rakstzīmes.'],
    ['lt', 8, 'Ne mažiau kaip 8 simboliai.'],
    ['lt', 12, 'Ne mažiau kaip 12 simbolių.'],
    ['ru', 8, 'Минимум 8 символов.'],
    ['ru', 3, 'Минимум 3 символа.'],
  ] as [UiLanguage, number, string][])('%s, errors:field.tooShort with count %d: "%s"', (language, count, expected) => {
    expect(createI18n(language).t('errors:field.tooShort', { count })).toBe(expected);
  });

  it('uses the chosen language, not the English fallback, for every language', () => {
    expect(createI18n('lt').t('role.manager')).toBe('Vadovas');
    expect(createI18n('ru').t('role.manager')).toBe('Руководитель');
    expect(createI18n('lv').t('role.manager')).toBe('Vadītājs');
  });
});
