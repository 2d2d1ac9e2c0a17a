import type { i18n } from 'i18next';

/**
 * The core sends dates in messages as ISO text (`2026-03-15`, a month `2026-03`, a moment
 * `2026-03-15 09:05`): these i18next formatters write them as the reader's language does, so a message
 * reads "15.03.2026" in Latvian and "2026-03-15" in Lithuanian. Use them as `{{date, isoDate}}`,
 * `{{month, isoMonth}}` and `{{moment, isoMoment}}`; anything that is not such a text stays as it came.
 */
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoMonth = /^(\d{4})-(\d{2})$/;
const isoMoment = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;

const formats = {
  isoDate: { year: 'numeric', month: '2-digit', day: '2-digit' },
  isoMonth: { year: 'numeric', month: 'long' },
  isoMoment: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: keyof typeof formats, language: string | undefined): Intl.DateTimeFormat {
  const key = `${kind}:${language ?? ''}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, formats[kind]);
    cache.set(key, format);
  }
  return format;
}

/** Parts of an ISO text as a local Date (never shifted by the time zone), or null when it is not one. */
function localDateOf(pattern: RegExp, value: unknown): Date | null {
  const match = typeof value === 'string' ? pattern.exec(value) : null;
  if (!match) return null;
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0] = match.slice(1).map(Number);
  return new Date(year, month - 1, day, hour, minute);
}

export function addIsoFormatters(instance: i18n): void {
  const add = (kind: keyof typeof formats, pattern: RegExp) =>
    instance.services.formatter?.add(kind, (value: unknown, language: string | undefined) => {
      const date = localDateOf(pattern, value);
      if (date) return formatter(kind, language).format(date);
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    });
  add('isoDate', isoDate);
  add('isoMonth', isoMonth);
  add('isoMoment', isoMoment);
}
