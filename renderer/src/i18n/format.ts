import type { UiLanguage } from '#shared/contract/common';

/** Dates and numbers always go through Intl with the UI language, never hand-built strings. */
export function formatLongDate(date: Date, language: UiLanguage): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** An ISO calendar day (`YYYY-MM-DD`) written out in full, read as a local day, never shifted. */
export function formatLongDay(iso: string, language: UiLanguage): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return formatLongDate(new Date(y, m - 1, d), language);
}

export function formatNumber(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(language).format(value);
}

/** An ISO calendar date (`YYYY-MM-DD`) in the UI language's short form; read as a local day, never shifted. */
export function formatDate(iso: string | null | undefined, language: UiLanguage): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(y, m - 1, d));
}

/** Short weekday names, Monday = 1 … Sunday = 7 (ISO), in the UI language. */
export function weekdayName(isoWeekday: number, language: UiLanguage): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(language, { weekday: 'short' }).format(new Date(2024, 0, isoWeekday));
}

export function formatMoney(cents: number, language: UiLanguage): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export function formatDateTime(date: Date, language: UiLanguage): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'medium' }).format(date);
}

/** A local `YYYY-MM-DD` as the UI language writes it, with the weekday: reception reads "pirmdiena". */
export function formatDay(date: string, language: UiLanguage, weekday: 'long' | 'short' = 'long'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { weekday, year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(y, m - 1, d));
}

/** The name of ISO weekday 1–7 in the UI language. */
export function formatWeekday(isoDay: number, language: UiLanguage): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(language, { weekday: 'short' }).format(new Date(2024, 0, isoDay));
}
