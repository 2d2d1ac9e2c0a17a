import type { UiLanguage } from '#shared/contract/common';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter costs far more than using one, and a 10-page sheet formats hundreds of cells. */
function formatter(language: UiLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** Dates on printed documents, in the document's language (not necessarily the UI's). */
export function formatMonthTitle(month: string, language: UiLanguage): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return formatter(language, { year: 'numeric', month: 'long' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

export function formatPrintDate(isoDate: string, language: UiLanguage): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  return formatter(language, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatLongPrintDate(isoDate: string, language: UiLanguage): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  return formatter(language, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** The local date of an instant (the generated-at stamp is UTC). */
export function localIsoDate(instant: string): string {
  const d = new Date(instant);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
