import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../contract/common';
import { weekdayAbbreviation, weekdayAbbreviations } from './weekday-abbreviations';

// 2024-01-01 was a Monday.
const longName = (isoWeekday: number, language: string) =>
  new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, isoWeekday)));

describe('weekday abbreviations', () => {
  it.each(uiLanguages)('%s tells every day apart and starts each with its day’s letter', (language) => {
    const days = weekdayAbbreviations[language];
    expect(new Set(days.map((d) => d.toLocaleLowerCase(language))).size).toBe(7);
    days.forEach((abbreviation, i) => {
      expect(abbreviation.length).toBeLessThanOrEqual(2);
      expect(abbreviation[0]?.toLocaleLowerCase(language)).toBe(longName(i + 1, language)[0]?.toLocaleLowerCase(language));
    });
  });

  it('writes Russian days with two letters, so вторник and воскресенье differ', () => {
    expect(weekdayAbbreviations.ru.every((d) => /^[А-Я][а-я]$/.test(d))).toBe(true);
    expect(weekdayAbbreviation(2, 'ru')).toBe('Вт');
    expect(weekdayAbbreviation(7, 'ru')).toBe('Вс');
    expect(weekdayAbbreviation(5, 'lv')).toBe('Pk');
  });
});
