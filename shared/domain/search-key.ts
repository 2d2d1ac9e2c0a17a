/**
 * Search that ignores case and diacritics and bridges Latin and Cyrillic spelling (DOMAIN.md
 * "Language"): "berzins" finds "Bērziņš", "Jevgenijus" finds "Евгений", "Semjonovs" finds "Семёнов".
 *
 * Stored names and queries go through one canonical form, a skeleton both scripts and both Baltic
 * transliteration practices (Latvian MK noteikumi Nr. 114, Lithuanian VLKK) fold onto:
 * - Cyrillic is first written the Latvian way, iotation explicit: е → je at the start of a word,
 *   after a vowel and after ь/ъ (else e); ё/ю/я → jo/ju/ja; й → j; и after ь/ъ → ji; ь, ъ → nothing.
 * - Diacritics go (ļ, ņ, ķ, ģ, č, š, ž, ē, ė, ū…), and with them the soft/hard distinction Latvian
 *   marks with ļ/ņ: "Oļegs", "Olegs" and "Олег" are one name.
 * - Digraphs fold: šč/shch → sc, ch → h (Lithuanian х, "Chruščiovas"), sh → s, zh → z, kh → h,
 *   x → ks, w → v; y and j become i (ы is i in Latvian, y in Lithuanian).
 * - An i (from i, j, y) between a consonant and a, o or u is dropped: that is where Latvian writes
 *   j or ļ/ņ (Semjonovs, Taņa), Lithuanian i (Semionovas) and Cyrillic ё, ю, я (Семёнов), and where
 *   staff leave the softening out (Tana, Ludmila). Word-initial and post-vowel iotation stays (as i):
 *   Jurijs/Юрий → iurii…, Marija/Мария → mariia.
 * Grammatical endings (Latvian -s, -is, -us, -a, -e; Lithuanian -as, -is, -us, -ys, -ius, -ė, -a) are
 * taken off the query's words, so "Semjonovs", "Semionovas" and "Семёнов" meet at "semonov".
 */
const cyrillic: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ж: 'z', з: 'z', и: 'i', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', ш: 's', щ: 'sc', ы: 'i', э: 'e', ё: 'jo',
  ю: 'ju', я: 'ja', і: 'i', ї: 'ji', є: 'je', ґ: 'g', ў: 'u',
};
/** Vowels after ь/ъ are iotated: Iļjins (Ильин), Buljons (бульон), Grigorjevs (Григорьев). */
const afterSign: Record<string, string> = { и: 'ji', о: 'jo', а: 'ja', у: 'ju', е: 'je' };

/** Latin letters with diacritics (and a few ligatures) → plain letters; built once from NFD. */
const latinBase = new Map<string, string>([
  ['ß', 'ss'], ['æ', 'ae'], ['œ', 'oe'], ['ø', 'o'], ['ł', 'l'], ['đ', 'd'], ['ð', 'd'], ['þ', 'th'], ['ı', 'i'],
]);
for (let code = 0xc0; code <= 0x24f; code++) {
  const char = String.fromCharCode(code).toLowerCase();
  const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (!latinBase.has(char) && /^[a-z]$/.test(base)) latinBase.set(char, base);
}

const latinVowels = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const combiningMark = /[\u0300-\u036f]/;

/**
 * Both scripts in Latin letters, iotation spelled out, diacritics off; runs of anything else become
 * one space, none at the ends. A loop over char codes: every open recomputes 50,000 keys with it.
 */
function toLatin(text: string): string {
  let lower = text.toLowerCase();
  if (combiningMark.test(lower)) lower = lower.normalize('NFC'); // й, ё or ā typed as a letter + a mark
  let out = '';
  let before: 'start' | 'vowel' | 'consonant' | 'sign' = 'start';
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const char = lower[i] as string;
    const code = char.charCodeAt(0);
    let latin: string | undefined;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) latin = char;
    else if (code >= 0x300 && code <= 0x36f) continue; // a mark with no precomposed letter
    else if (char === 'ь' || char === 'ъ') {
      before = 'sign';
      continue;
    } else if (code >= 0x400 && code <= 0x4ff) {
      if (before === 'sign' && afterSign[char]) latin = afterSign[char];
      else if (char === 'е') latin = before === 'consonant' ? 'e' : 'je';
      else latin = cyrillic[char];
    } else latin = latinBase.get(char);
    if (latin === undefined) {
      gap = out.length > 0;
      before = 'start';
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += latin;
    const last = latin[latin.length - 1] as string;
    before = code >= 48 && code <= 57 ? 'start' : latinVowels.has(last) ? 'vowel' : 'consonant';
  }
  return out;
}

const single: Record<string, string> = { x: 'ks', w: 'v', q: 'k', y: 'i', j: 'i' };

/** Lower-case, diacritic-free canonical text; digits kept, everything else becomes a single space. */
export function canonicalText(text: string): string {
  let out = toLatin(text);
  if (out.includes('h')) {
    out = out
      .replace(/shch/g, 'sc')
      // c+h in any number (Lithuanian "cch" for цх): ch is х, never ч, in both Baltic practices.
      .replace(/c+h/g, 'h')
      .replace(/([szk])h/g, (_, s: string) => (s === 'k' ? 'h' : s));
  }
  return out.replace(/[xwqyj]/g, (c) => single[c] as string).replace(/([bcdfghklmnprstvz])i(?=[aou])/g, '$1');
}

export function searchTokens(text: string): string[] {
  const canonical = canonicalText(text);
  return canonical ? canonical.split(' ') : [];
}

/** The stored search key: the name's canonical words, each once. */
export function searchKey(...parts: (string | null | undefined)[]): string {
  const words: string[] = [];
  for (const part of parts) {
    for (const word of part ? searchTokens(part) : []) if (!words.includes(word)) words.push(word);
  }
  return words.join(' ');
}

/**
 * Nominative endings in canonical form (Lithuanian -ius and -ys read -us and -is by then), each with
 * the shortest stem it may leave. Only consonant endings come off what was typed; a final a or e is
 * a further reading ("Ļubova" for Любовь, and "Jana" on its way to "Janas", Ян), ranked after it.
 */
const consonantEndings: [string, number][] = [['ius', 3], ['as', 3], ['is', 3], ['us', 3], ['s', 3]];
const vowelEndings: [string, number][] = [['a', 3], ['e', 4]];
/** Prefixes of endings a query stops inside ("Jevgeniju…" on its way to "Jevgenijus"). */
const partialEndings: [string, number][] = [['iu', 3], ['u', 3], ['i', 3]];

function strip(token: string, endings: [string, number][]): string {
  for (const [ending, shortest] of endings) {
    if (token.endsWith(ending) && token.length - ending.length >= shortest) return token.slice(0, -ending.length);
  }
  return token;
}

/** A token without its Baltic nominative ending, so "ivanovs", "ivanovas" and "ivanov" meet. */
export function stem(token: string): string {
  return strip(token, consonantEndings);
}

const endsSoftened = /[bcdfghklmnprstvz]i$/;

/**
 * The readings of one typed word, as prefixes to look for: the first is what was typed (less a
 * consonant ending); the others are what it may still become, since staff type a prefix. A final c
 * may be the start of ch (х), a final k of kh; a final consonant + i may be Lithuanian io/iu/ia or
 * Latvian j before a vowel (dropped in the skeleton); a final a/e or u/i may be (part of) an ending.
 */
export function readings(word: string): string[] {
  const first = canonicalText(word).split(' ').at(-1) ?? '';
  if (!first) return [];
  const forms = [first];
  if (/[ck]$/.test(first)) forms.push(canonicalText(`${word}h`).split(' ').at(-1) ?? first);
  for (const form of [...forms]) if (endsSoftened.test(form)) forms.push(form.slice(0, -1));
  const out = [stem(first)];
  for (const form of forms) for (const reading of [stem(form), strip(form, vowelEndings), strip(form, partialEndings)]) out.push(reading);
  // A reading that starts with another finds nothing more than it; the first stays first.
  const unique = [...new Set(out)];
  return unique.filter((r, i) => i === 0 || !unique.some((o) => o !== r && r.startsWith(o)));
}

/** A query's words, each as its readings (digits as themselves), each distinct word once. */
export function queryTerms(query: string): string[][] {
  const terms = new Map<string, string[]>();
  const add = (term: string[]) => terms.set(term.join(' '), term);
  for (const word of query.split(/[^\p{L}\p{N}\p{M}]+/u)) {
    const tokens = searchTokens(word);
    // A word the canonical form splits (rare: a symbol inside it) counts as several; only its last part is cut short.
    for (const token of tokens.slice(0, -1)) add([stem(token)]);
    if (tokens.length > 0) add(/^\d+$/.test(tokens.at(-1) as string) ? [tokens.at(-1) as string] : readings(word));
  }
  return [...terms.values()];
}

/**
 * True when each term starts a different word of the name, in one of its readings: "petra pet" is
 * Petras Petrauskas, not Мария Петрова, whose one word "petrova" would otherwise answer both.
 */
export function termsMatchWords(terms: readonly string[][], words: readonly string[], from = 0, used = 0): boolean {
  if (from === terms.length) return true;
  const readings = terms[from] as string[];
  for (let w = 0; w < words.length; w++) {
    if (w < 31 && used & (1 << w)) continue;
    const word = words[w] as string;
    if (readings.some((r) => word.startsWith(r)) && termsMatchWords(terms, words, from + 1, w < 31 ? used | (1 << w) : used)) return true;
  }
  return false;
}

/** True when every query word starts a word of the key (each a different one), in one of its readings. */
export function matchesSearch(key: string, query: string): boolean {
  return termsMatchWords(queryTerms(query), key.split(' '));
}
