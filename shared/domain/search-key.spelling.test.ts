import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalText, matchesSearch, searchKey } from './search-key';

/**
 * The spellings staff type for a Russian name, written out independently of the code under test:
 * the Latvian practice (MK noteikumi Nr. 114, transliteration table of Cyrillic) and the Lithuanian
 * one (VLKK), as issue 13 lists them. Each letter has one or more accepted spellings depending on what
 * precedes it (word start, a vowel, a consonant, or ь/ъ) and, for Latvian ļ/ņ, what follows.
 */
type Before = 'start' | 'vowel' | 'consonant' | 'sign';
interface Options {
  lv: string[];
  lt: string[];
}
const both = (...spellings: string[]): Options => ({ lv: spellings, lt: spellings });
const consonants = 'бвгджзйклмнпрстфхцчшщ';
const vowels = 'аеёиоуыэюя';
const alphabet = [...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'];

const fixed: Record<string, Options> = {
  б: both('b'), в: both('v'), г: both('g'), д: both('d'), ж: both('ž'), з: both('z'), й: both('j'), к: both('k'),
  м: both('m'), п: both('p'), р: both('r'), с: both('s'), т: both('t'), ф: both('f'), х: { lv: ['h'], lt: ['ch'] },
  ц: both('c'), ч: both('č'), ш: both('š'), щ: both('šč'), ъ: both(''), ь: both(''), э: both('e'), ы: { lv: ['i'], lt: ['y'] },
};
/** ё, ю, я after a consonant: Latvian jo/ju/ja (after ļ/ņ also without j: Aļona), Lithuanian io/iu/ia (ё also jo). */
const iotated: Record<string, { soft: string; lv: string[]; lt: string[] }> = {
  ё: { soft: 'jo', lv: ['jo'], lt: ['io', 'jo'] },
  ю: { soft: 'ju', lv: ['ju'], lt: ['iu'] },
  я: { soft: 'ja', lv: ['ja'], lt: ['ia'] },
};

function spellingsOf(letter: string, before: Before, previous: string, next: string): Options {
  const soft = before !== 'consonant';
  const iot = iotated[letter];
  if (iot) {
    if (soft) return both(iot.soft);
    const plain = iot.soft.slice(1);
    return { lv: 'лн'.includes(previous) ? [...iot.lv, plain] : iot.lv, lt: iot.lt };
  }
  if (letter === 'е') return soft ? both('je') : both('e');
  // After ь/ъ a vowel is iotated: Iļjins (Ильин), Buljons (бульон).
  const afterSign: Record<string, string> = { и: 'ji', о: 'jo', а: 'ja', у: 'ju' };
  if (before === 'sign' && afterSign[letter]) return both(afterSign[letter]);
  if ('аоуи'.includes(letter)) return both({ а: 'a', о: 'o', у: 'u', и: 'i' }[letter] as string);
  // Latvian writes л, н soft (ļ, ņ) before е, и, ё, ю, я and ь, or leaves them plain: Oļegs, Ņina, Ludmila.
  if (letter === 'л' || letter === 'н') {
    const plain = letter === 'л' ? 'l' : 'n';
    const softForm = letter === 'л' ? 'ļ' : 'ņ';
    return { lv: 'еиёюяь'.includes(next) && next !== '' ? [plain, softForm] : [plain], lt: [plain] };
  }
  return fixed[letter] as Options;
}

const classOf = (letter: string): Before => ('ьъ'.includes(letter) ? 'sign' : vowels.includes(letter) ? 'vowel' : 'consonant');

/** The grammatical ending a Baltic language adds to a masculine name ending in a consonant, й or ь. */
function ending(word: string): Options {
  const last = word.at(-1) ?? '';
  if (vowels.includes(last)) return both('');
  if (last === 'й') return { lv: ['s'], lt: ['us'] };
  if (last === 'ь') return { lv: ['s'], lt: ['is', 'as'] };
  return { lv: ['s'], lt: ['as'] };
}

const macron: Record<string, string> = { a: 'ā', e: 'ē', i: 'ī', u: 'ū' };

/** One accepted spelling per language, each choice taken from `pick`. */
function transliterate(word: string, pick: () => number, withEnding: boolean): { lv: string; lt: string } {
  const choose = (list: string[]) => list[pick() % list.length] as string;
  let lv = '';
  let lt = '';
  let before: Before = 'start';
  [...word].forEach((letter, i) => {
    const options = spellingsOf(letter, before, word[i - 1] ?? '', word[i + 1] ?? '');
    // Latvian marks long vowels (Jevgēņijs); either way is a correct spelling to type.
    lv += [...choose(options.lv)].map((c) => (macron[c] && pick() % 3 === 0 ? macron[c] : c)).join('');
    lt += choose(options.lt);
    before = classOf(letter);
  });
  if (withEnding) {
    const endings = ending(word);
    lv += choose(endings.lv);
    lt += choose(endings.lt);
  }
  return { lv, lt };
}

const stripDiacritics = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const anyCase = (text: string, pick: () => number) => [...text].map((c) => (pick() % 2 ? c.toUpperCase() : c)).join('');

/** Filler around the letter under test: letters with a single spelling in every language, so a failure names its letter. */
const plainConsonants = 'бвгдзкмпрстф';
const plainVowels = 'аоуэ';
const syllables = fc
  .array(fc.tuple(fc.constantFrom(...plainConsonants), fc.constantFrom(...plainVowels)), { minLength: 1, maxLength: 2 })
  .map((pairs) => pairs.map(([c, v]) => c + v).join(''));
const positions = ['word-initial', 'post-vowel', 'post-consonant'] as const;
type Position = (typeof positions)[number];
const possible = (letter: string, position: Position) =>
  'ьъ'.includes(letter) ? position === 'post-consonant' : letter === 'ы' ? position !== 'word-initial' : true;

/**
 * A Cyrillic word with `letter` in `position`, followed by nothing, filler, or a vowel. A vowel follows
 * any consonant and any vowel follows л, н, ь and ъ (where the next letter changes the spelling); other
 * neighbours are filler, so a failing case names the letter that fails.
 */
function wordWith(letter: string, position: Position) {
  const isVowel = vowels.includes(letter);
  const neighbour = fc.constantFrom(...(isVowel ? consonants.replace('й', '') : plainConsonants));
  const before =
    position === 'word-initial' ? fc.constant('') : position === 'post-vowel' ? syllables : fc.tuple(syllables, neighbour).map(([s, c]) => s + c);
  const nextVowels = 'лньъ'.includes(letter) ? vowels.replace('ы', '') : plainVowels;
  const vowelThenFiller = fc.tuple(fc.constantFrom(...nextVowels), fc.oneof(fc.constant(''), syllables)).map(([v, s]) => v + s);
  const after = isVowel ? fc.oneof(fc.constant(''), syllables) : fc.oneof(fc.constant(''), syllables, vowelThenFiller);
  // Names have at least three letters (Лев, Ян is Jans/Janas: the ending makes up the rest).
  return fc.tuple(before, after).map(([b, a]) => b + letter + a).filter((word) => word.length >= 3);
}

const choices = fc.array(fc.nat(), { minLength: 200, maxLength: 200 }).map((list) => {
  let at = 0;
  return () => list[at++ % list.length] as number;
});

/** Every spelling of the word: Cyrillic, Latvian and Lithuanian, with and without diacritics, in mixed case. */
function spellingsOfWord(word: string, pick: () => number, withEnding: boolean): string[] {
  const { lv, lt } = transliterate(word, pick, withEnding);
  return [word, lv, stripDiacritics(lv), lt, stripDiacritics(lt)].map((s) => anyCase(s, pick));
}

const cases = alphabet.flatMap((letter) => positions.filter((p) => possible(letter, p)).map((p) => [letter, p] as const));

describe('every Russian letter, in every position, in every accepted spelling', () => {
  it.each(cases)('%s %s: Cyrillic, Latvian and Lithuanian spellings have one canonical form', (letter, position) => {
    fc.assert(
      fc.property(wordWith(letter, position), choices, (word, pick) => {
        const forms = spellingsOfWord(word, pick, false);
        const keys = forms.map(canonicalText);
        expect(keys, `${forms.join(' / ')}`).toEqual(keys.map(() => keys[0]));
      }),
      { numRuns: 40 },
    );
  });

  it.each(cases)('%s %s: a prefix of any spelling, with its ending, finds the client stored in any other', (letter, position) => {
    fc.assert(
      fc.property(wordWith(letter, position), choices, (word, pick) => {
        const forms = spellingsOfWord(word, pick, true);
        const keys = forms.map((f) => searchKey(f));
        for (const typed of forms) {
          for (let n = 1; n <= typed.length; n++) {
            const query = typed.slice(0, n);
            keys.forEach((key, i) => expect(matchesSearch(key, query), `"${query}" should find "${forms[i]}"`).toBe(true));
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('the names staff type, both ways', () => {
  const spellings = [
    ['Евгений', 'Jevgēņijs', 'Jevgenijs', 'Jevgenijus'],
    ['Юрий', 'Jurijs', 'Jurijus'],
    ['Татьяна', 'Tatjana'],
    ['Олег', 'Oļegs', 'Olegs', 'Olegas'],
    ['Нина', 'Ņina', 'Nina'],
    ['Семёнов', 'Semjonovs', 'Semjonovas', 'Semionovas'],
    ['Юргис', 'Jurgis'],
    ['Хрущёв', 'Hruščovs', 'Hruscovs', 'Chruščiovas'],
    ['Быков', 'Bikovs', 'Bykovas'],
    ['Щукина', 'Ščukina'],
    ['Людмила', 'Ludmila', 'Ļudmila', 'Liudmila'],
    ['Любовь', 'Ļubova', 'Liubovė', 'Liubov'],
    ['Вячеслав', 'Vjačeslavs', 'Viačeslavas'],
    ['Григорьев', 'Grigorjevs', 'Grigorjevas'],
    ['Ильин', 'Iļjins', 'Iljinas'],
    ['Михайлов', 'Mihailovs', 'Mihajlovs', 'Michailovas'],
  ];
  it.each(spellings)('%s and its spellings find each other, by every prefix', (...names) => {
    for (const stored of names) {
      for (const typed of names) {
        for (let n = 1; n <= typed.length; n++) expect(matchesSearch(searchKey(stored), typed.slice(0, n)), `${typed.slice(0, n)} → ${stored}`).toBe(true);
      }
    }
  });

  it('keeps unrelated names apart', () => {
    const distinct = ['Jānis', 'Jana', 'Anna', 'Ona', 'Jonas', 'Inese', 'Irina', 'Ieva', 'Eva', 'Juris', 'Jurijs', 'Olga', 'Oļegs', 'Ivans', 'Ivanova', 'Nina', 'Ņikita'];
    const keys = distinct.map((n) => canonicalText(n));
    expect(new Set(keys).size).toBe(distinct.length);
    expect(matchesSearch(searchKey('Ona'), 'Jonas')).toBe(false);
    expect(matchesSearch(searchKey('Irina'), 'Ieva')).toBe(false);
  });
});
