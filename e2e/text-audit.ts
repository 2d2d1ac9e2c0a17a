import { expect, type Page } from '@playwright/test';
import { entries, type Language } from './locales';

/**
 * Checks of what a page shows against the translation files: no raw i18n keys (a missing translation
 * or a typo in a `t()` call) and no English left in a Latvian, Lithuanian or Russian page.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern matching text that contains `text` as it is. */
export const containing = (text: string): RegExp => new RegExp(escapeRegExp(text));

/** A pattern for a phrase standing on its own: "Administrator" is not found in "Administrators". */
function phrasePattern(phrase: string, wordChars: RegExp): RegExp {
  const before = wordChars.test(phrase.at(0) ?? '') ? `(?<!${wordChars.source})` : '';
  const after = wordChars.test(phrase.at(-1) ?? '') ? `(?!${wordChars.source})` : '';
  return new RegExp(`${before}${escapeRegExp(phrase)}${after}`, 'u');
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * Every key path a `t()` call could print raw. Dotted and namespaced ones (`home.welcome`,
 * `errors:field.required`) are looked for anywhere; a bare top-level one (`tagline`) only as a whole
 * line or attribute, since single words like "password" also occur in ordinary text.
 */
function keyPatterns(): { key: string; pattern: RegExp }[] {
  const keys = new Set<string>();
  for (const { namespace, key } of entries('lv')) {
    for (const path of new Set([key, key.replace(pluralSuffix, '')])) {
      keys.add(path);
      keys.add(`${namespace}:${path}`);
    }
  }
  // Keys are ASCII identifiers joined by dots and colons; a raw key is not part of a longer one.
  const keyChar = /[\p{L}\p{N}_.:-]/u;
  return [...keys].map((key) => ({
    key,
    pattern: /[.:]/.test(key) ? phrasePattern(key, keyChar) : new RegExp(`^\\s*${escapeRegExp(key)}\\s*$`, 'mu'),
  }));
}

/**
 * English phrases that must not appear in another language: each English value (the literal parts
 * around its {{placeholders}}) longer than three characters, unless Latvian, the reference language,
 * has the very same value for that key (a name such as "CareDesk").
 */
function englishPatterns(): { phrase: string; pattern: RegExp }[] {
  const latvian = new Map(entries('lv').map((e) => [`${e.namespace}:${e.key}`, e.value]));
  const phrases = new Set<string>();
  for (const { namespace, key, value } of entries('en')) {
    if (latvian.get(`${namespace}:${key}`) === value) continue;
    for (const part of value.split(/\{\{[^}]*\}\}/)) {
      const phrase = part.trim();
      if (phrase.length > 3 && /\p{L}/u.test(phrase)) phrases.add(phrase);
    }
  }
  const letter = /[\p{L}\p{N}]/u;
  return [...phrases].map((phrase) => ({ phrase, pattern: phrasePattern(phrase, letter) }));
}

const rawKeys = keyPatterns();
const english = englishPatterns();

/**
 * Everything a user or a screen reader gets from the page: its rendered text (visually hidden text
 * included), the window title and the text in aria-label, title, placeholder and alt attributes.
 */
export async function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [document.title, document.body.innerText];
    for (const element of Array.from(document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

function lineWith(texts: string[], pattern: RegExp): string {
  for (const text of texts) {
    const line = text.split('\n').find((l) => pattern.test(l));
    if (line !== undefined) return line.trim();
  }
  return '';
}

/** Raw i18n keys the page shows, each with the line it was found on. */
export async function rawKeysShown(page: Page): Promise<string[]> {
  const texts = await shownTexts(page);
  return rawKeys.filter(({ pattern }) => texts.some((t) => pattern.test(t))).map(({ key, pattern }) => `${key}  in  "${lineWith(texts, pattern)}"`);
}

/** English phrases the page shows although its language is another one. */
export async function englishShown(page: Page): Promise<string[]> {
  const texts = await shownTexts(page);
  return english.filter(({ pattern }) => texts.some((t) => pattern.test(t))).map(({ phrase, pattern }) => `"${phrase}"  in  "${lineWith(texts, pattern)}"`);
}

/** The page as it is now shows no raw key and, unless it is in English, no English. Soft: reports all. */
export async function expectFullyTranslated(page: Page, language: Language): Promise<void> {
  expect.soft(await rawKeysShown(page), `raw i18n keys shown in ${language}`).toEqual([]);
  if (language !== 'en') expect.soft(await englishShown(page), `English text shown in ${language}`).toEqual([]);
}
