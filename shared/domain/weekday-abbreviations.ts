import type { UiLanguage } from '../contract/common';

/**
 * Weekday abbreviations of the sheet's day columns, Monday first, as each language writes them in
 * calendars. Not Intl's `narrow` form: it gives one letter, and one letter is ambiguous in three of our
 * languages (Russian В is вторник and воскресенье, Latvian P pirmdiena and piektdiena, Lithuanian P
 * pirmadienis and penktadienis); its `short` form is too long for a 5 mm column in Latvian.
 */
export const weekdayAbbreviations: Record<UiLanguage, readonly [string, string, string, string, string, string, string]> = {
  lv: ['P', 'O', 'T', 'C', 'Pk', 'S', 'Sv'],
  lt: ['Pr', 'An', 'Tr', 'Kt', 'Pn', 'Št', 'Sk'],
  ru: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'],
  en: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
};

/** The abbreviation of an ISO weekday (Monday = 1). */
export function weekdayAbbreviation(isoWeekday: number, language: UiLanguage): string {
  return weekdayAbbreviations[language][(isoWeekday - 1) % 7] ?? '';
}
