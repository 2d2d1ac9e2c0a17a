import Holidays from 'date-holidays';
import type { UiLanguage } from '#shared/contract/common';
import type { PublicHoliday } from '#shared/domain/calendar';
import { holidayName } from './holiday-names';

type Country = 'LV' | 'LT';

/**
 * Public holidays from `date-holidays` (LV/LT, including Latvia's weekend → Monday rule for 4 May and
 * 18 November). It is plain JS with no Node API and would run in shared/, but its data is ~800 kB and
 * the common layer admits only zod and i18next (STYLE.md), so the core computes holidays and sends them.
 * The library gives the dates; the names come from our own table in every UI language (holiday-names.ts),
 * the library's own-language name standing in only for a rule the table does not know yet.
 */
const cache = new Map<string, PublicHoliday[]>();
const instances = new Map<Country, Holidays>();

function instance(country: Country): Holidays {
  let hd = instances.get(country);
  if (!hd) {
    hd = new Holidays(country, { languages: [country === 'LV' ? 'lv' : 'lt'], types: ['public'] });
    instances.set(country, hd);
  }
  return hd;
}

export function publicHolidays(country: Country, year: number, language?: UiLanguage): PublicHoliday[] {
  const lang = language ?? (country === 'LV' ? 'lv' : 'lt');
  const key = `${country}:${year}:${lang}`;
  let list = cache.get(key);
  if (!list) {
    list = instance(country)
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      // Dates come as local "YYYY-MM-DD 00:00:00" of the country: the date part is the day.
      .map((h) => ({ date: h.date.slice(0, 10), name: holidayName(country, h.rule, h.substitute === true, lang) ?? h.name }));
    cache.set(key, list);
  }
  return list;
}

const namesByDate = new Map<string, ReadonlyMap<string, string>>();

/** A year's holidays by date, for the one-day questions every check-in and booking asks (no list to filter). */
export function holidayNamesOfYear(country: Country, year: number, language?: UiLanguage): ReadonlyMap<string, string> {
  const key = `${country}:${year}:${language ?? ''}`;
  let names = namesByDate.get(key);
  if (!names) {
    names = new Map(publicHolidays(country, year, language).map((h) => [h.date, h.name]));
    namesByDate.set(key, names);
  }
  return names;
}

export function publicHolidaysBetween(country: Country, first: string, last: string, language?: UiLanguage): PublicHoliday[] {
  const years: number[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) years.push(y);
  return years.flatMap((y) => publicHolidays(country, y, language)).filter((h) => h.date >= first && h.date <= last);
}
