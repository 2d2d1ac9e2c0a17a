import type { UiLanguage } from '#shared/contract/common';

/**
 * How each UI language writes a calendar day (dayjs tokens, also Mantine's valueFormat). Forms and the
 * contract keep ISO `YYYY-MM-DD`; only the text in the field follows the language.
 */
export const dateDisplayFormats: Record<UiLanguage, string> = {
  lv: 'DD.MM.YYYY',
  lt: 'YYYY-MM-DD',
  ru: 'DD.MM.YYYY',
  en: 'DD/MM/YYYY',
};

const isoPattern = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function isoIfReal(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date rolls 31.02 over into March: a day that does not exist is no date at all.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO `YYYY-MM-DD` as the language writes it; '' for an empty or malformed value. */
export function formatDisplayDate(iso: string | null | undefined, language: UiLanguage): string {
  const match = iso ? isoPattern.exec(iso) : null;
  if (!match) return '';
  const [, year = '', month = '', day = ''] = match;
  return dateDisplayFormats[language].replace('YYYY', year).replace('MM', month.padStart(2, '0')).replace('DD', day.padStart(2, '0'));
}

/**
 * Typed text to ISO: the language's own form (one-digit day and month allowed) or ISO itself, so text
 * pasted from elsewhere and tests that fill ISO keep working. null when it is not a real day.
 */
export function parseDisplayDate(text: string, language: UiLanguage): string | null {
  const value = text.trim();
  const iso = isoPattern.exec(value);
  if (iso) return isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const format = dateDisplayFormats[language];
  const separator = format.replace(/[DMY]/g, '').charAt(0);
  const parts = value.split(separator);
  const tokens = format.split(separator);
  if (parts.length !== 3 || tokens.length !== 3 || !parts.every((part) => /^\d+$/.test(part))) return null;
  const field = (token: string) => Number(parts[tokens.indexOf(token)]);
  const yearText = parts[tokens.indexOf('YYYY')] ?? '';
  if (yearText.length !== 4) return null;
  return isoIfReal(field('YYYY'), field('MM'), field('DD'));
}

/** Typed time to 24-hour `HH:MM` ("9:30", "0930", "9.30", "16" all count); null when it is no time of day. */
export function parseLocalTime(text: string): string | null {
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
