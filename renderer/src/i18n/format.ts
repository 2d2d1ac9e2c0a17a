import type { UiLanguage } from '#shared/contract/common';

/** Dates and numbers always go through Intl with the UI language, never hand-built strings. */
export function formatLongDate(date: Date, language: UiLanguage): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

export function formatNumber(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(language).format(value);
}

export function formatDateTime(date: Date, language: UiLanguage): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'medium' }).format(date);
}
