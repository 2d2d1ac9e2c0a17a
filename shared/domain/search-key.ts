/**
 * Search that ignores case and diacritics and bridges Latin and Cyrillic spelling (DOMAIN.md
 * "Language"): "berzins" finds "Bērziņš", "Ivanovs" finds "Иванов", "zhukov" finds "Žukovs".
 * Both the stored names and the query go through the same canonical form, so spellings collapse:
 * Cyrillic is transliterated the Latvian way (ж → ž → z), English-style digraphs are folded
 * (zh → z, sh → s, ch → c, kh → h, ts → c), and y/j become i.
 */
const cyrillic: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'io', ж: 'z', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', ш: 's',
  щ: 'sc', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia', і: 'i', ї: 'i', є: 'e', ґ: 'g',
};

const digraphs: [RegExp, string][] = [
  [/zh/g, 'z'],
  [/sh/g, 's'],
  [/ch/g, 'c'],
  [/kh/g, 'h'],
  [/ts/g, 'c'],
  [/[yj]/g, 'i'],
  [/w/g, 'v'],
];

/** Lower-case, diacritic-free, Latin canonical text; digits kept, everything else becomes a space. */
export function canonicalText(text: string): string {
  let out = '';
  for (const char of text.toLowerCase().normalize('NFD')) {
    if (/\p{M}/u.test(char)) continue;
    out += cyrillic[char] ?? char;
  }
  for (const [pattern, replacement] of digraphs) out = out.replace(pattern, replacement);
  return out.replace(/[^a-z0-9]+/g, ' ').trim();
}

// Nominative endings Latvian and Lithuanian add to foreign names (Ivanovs, Ivanovas); longest first.
const endings = ['ius', 'as', 'is', 'us', 's'];

/** A token without its Baltic nominative ending, so "ivanovs", "ivanovas" and "ivanov" meet. */
export function stem(token: string): string {
  for (const ending of endings) {
    if (token.endsWith(ending) && token.length - ending.length >= 3) return token.slice(0, -ending.length);
  }
  return token;
}

export function searchTokens(text: string): string[] {
  const canonical = canonicalText(text);
  return canonical ? canonical.split(' ') : [];
}

/** The stored search key: canonical tokens, each followed by its stem when that differs. */
export function searchKey(...parts: (string | null | undefined)[]): string {
  const tokens = parts.flatMap((part) => searchTokens(part ?? ''));
  return tokens.flatMap((t) => (stem(t) === t ? [t] : [t, stem(t)])).join(' ');
}

/** True when every query token starts some token of the key (by itself or by its stem). */
export function matchesSearch(key: string, query: string): boolean {
  const keyTokens = key.split(' ');
  return searchTokens(query).every((q) => {
    const s = stem(q);
    return keyTokens.some((k) => k.startsWith(q) || k.startsWith(s));
  });
}
