import Holidays from 'date-holidays';
import type { UiLanguage } from '#shared/contract/common';
import type { PublicHoliday } from '#shared/domain/calendar';

type Country = 'LV' | 'LT';

/**
 * Public holidays from `date-holidays` (LV/LT, including Latvia's weekend → Monday rule for 4 May and
 * 18 November). It is plain JS with no Node API and would run in shared/, but its data is ~800 kB and
 * the common layer admits only zod and i18next (STYLE.md), so the core computes holidays and sends them.
 * Names come in the requested language where the library has it, else in the country's own language.
 */
const cache = new Map<string, PublicHoliday[]>();
const instances = new Map<string, Holidays>();

function instance(country: Country, language: string): Holidays {
  const key = `${country}:${language}`;
  let hd = instances.get(key);
  if (!hd) {
    hd = new Holidays(country, { languages: [language], types: ['public'] });
    instances.set(key, hd);
  }
  return hd;
}

function nameLanguage(country: Country, language: UiLanguage | undefined): string {
  const own = country === 'LV' ? 'lv' : 'lt';
  if (!language) return own;
  const known = instance(country, own).getLanguages();
  return known.includes(language) ? language : own;
}

export function publicHolidays(country: Country, year: number, language?: UiLanguage): PublicHoliday[] {
  const lang = nameLanguage(country, language);
  const key = `${country}:${year}:${lang}`;
  let list = cache.get(key);
  if (!list) {
    list = instance(country, lang)
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      // Dates come as local "YYYY-MM-DD 00:00:00" of the country: the date part is the day.
      .map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
    cache.set(key, list);
  }
  return list;
}

export function publicHolidaysBetween(country: Country, first: string, last: string, language?: UiLanguage): PublicHoliday[] {
  const years: number[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) years.push(y);
  return years.flatMap((y) => publicHolidays(country, y, language)).filter((h) => h.date >= first && h.date <= last);
}
