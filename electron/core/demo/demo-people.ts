import { lvCheckDigit, ltCheckDigit } from '#shared/domain/personal-code';

/** [first name, last name, sex, birth year, client language, code kind] for the demo centre. */
type Person = [string, string, 'male' | 'female', number, 'lv' | 'lt' | 'ru', 'lv' | 'lv-new' | 'lt' | 'lt-00'];

export const demoPeople: Person[] = [
  ['Jānis', 'Bērziņš', 'male', 1941, 'lv', 'lv'],
  ['Anna', 'Kalniņa', 'female', 1938, 'lv', 'lv'],
  ['Pēteris', 'Ozols', 'male', 1945, 'lv', 'lv'],
  ['Līga', 'Zariņa', 'female', 1950, 'lv', 'lv-new'],
  ['Ausma', 'Ābele', 'female', 1936, 'lv', 'lv'],
  ['Kārlis', 'Čakste', 'male', 1947, 'lv', 'lv'],
  ['Ilze', 'Krūmiņa', 'female', 1943, 'lv', 'lv'],
  ['Andris', 'Liepiņš', 'male', 1952, 'lv', 'lv-new'],
  ['Velta', 'Šmite', 'female', 1939, 'lv', 'lv'],
  ['Ojārs', 'Ķēniņš', 'male', 1944, 'lv', 'lv'],
  ['Ērika', 'Vītola', 'female', 1940, 'lv', 'lv'],
  ['Gunārs', 'Jansons', 'male', 1937, 'lv', 'lv'],
  ['Skaidrīte', 'Ēvalde', 'female', 1946, 'lv', 'lv'],
  ['Imants', 'Grīnbergs', 'male', 1949, 'lv', 'lv'],
  ['Dzidra', 'Pūce', 'female', 1935, 'lv', 'lv'],
  ['Valdis', 'Ņikitins', 'male', 1951, 'lv', 'lv'],
  ['Jonas', 'Žukauskas', 'male', 1942, 'lt', 'lt'],
  ['Ona', 'Kazlauskienė', 'female', 1937, 'lt', 'lt'],
  ['Petras', 'Petrauskas', 'male', 1945, 'lt', 'lt-00'],
  ['Aldona', 'Jankauskaitė', 'female', 1948, 'lt', 'lt'],
  ['Vytautas', 'Stankevičius', 'male', 1940, 'lt', 'lt'],
  ['Genovaitė', 'Šimkienė', 'female', 1936, 'lt', 'lt-00'],
  ['Antanas', 'Vasiliauskas', 'male', 1950, 'lt', 'lt'],
  ['Rūta', 'Čepaitė', 'female', 1953, 'lt', 'lt'],
  ['Stasys', 'Butkus', 'male', 1939, 'lt', 'lt'],
  ['Иван', 'Иванов', 'male', 1943, 'ru', 'lv'],
  ['Мария', 'Петрова', 'female', 1940, 'ru', 'lv'],
  ['Николай', 'Смирнов', 'male', 1946, 'ru', 'lv'],
  ['Ольга', 'Кузнецова', 'female', 1938, 'ru', 'lv-new'],
  ['Сергей', 'Попов', 'male', 1952, 'ru', 'lv'],
  ['Галина', 'Соколова', 'female', 1944, 'ru', 'lv'],
  ['Пётр', 'Лебедев', 'male', 1941, 'ru', 'lv'],
  ['Людмила', 'Новикова', 'female', 1947, 'ru', 'lv'],
  ['Aleksandrs', 'Ivanovs', 'male', 1949, 'ru', 'lv'],
  ['Tatjana', 'Orlova', 'female', 1942, 'ru', 'lv'],
  ['Vladimirs', 'Kozlovs', 'male', 1936, 'ru', 'lv'],
  ['Olga', 'Fjodorova', 'female', 1951, 'ru', 'lv'],
  ['Zenta', 'Apsīte', 'female', 1934, 'lv', 'lv'],
  ['Arvīds', 'Mežs', 'male', 1948, 'lv', 'lv'],
  ['Biruta', 'Ceriņa', 'female', 1945, 'lv', 'lv'],
];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A valid code of the wanted kind, and the birth date to type where the code holds none. */
export function demoCode(i: number, person: Person): { country: 'LV' | 'LT'; code: string; birthDate: string } {
  const [, , sex, year, , kind] = person;
  const month = 1 + ((i * 5) % 12);
  const day = 1 + ((i * 7) % 28);
  const serial = pad((i * 37 + 101) % 1000, 3);
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  if (kind === 'lv-new') {
    const first10 = `32${pad(i * 7919 + 1234567, 8).slice(-8)}`;
    return { country: 'LV', code: first10 + String(lvCheckDigit(first10)), birthDate };
  }
  if (kind === 'lv') {
    const first10 = `${pad(day)}${pad(month)}${pad(year % 100)}${year < 1900 ? 0 : 1}${serial}`;
    return { country: 'LV', code: first10 + String(lvCheckDigit(first10)), birthDate };
  }
  // Lithuania: 3/4 = a man/woman born in the 1900s; day 00 where the register never knew it.
  const g = sex === 'male' ? 3 : 4;
  const first10 = `${g}${pad(year % 100)}${pad(month)}${kind === 'lt-00' ? '00' : pad(day)}${serial}`;
  return { country: 'LT', code: first10 + String(ltCheckDigit(first10)), birthDate };
}
