/** What the three files share: columns, cell text neutralising, number and date forms per language. */
import type { TFunction } from 'i18next';
import type { StatementData } from '#shared/contract/billing';
import type { UiLanguage } from '#shared/contract/common';

/**
 * Text a spreadsheet could take for a formula (`= + - @`, also tab and carriage return) gets a leading
 * apostrophe, so a name like "=HYPERLINK(…)" stays text (CSV injection).
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** 1234.5 → "1234,50" (lv, lt, ru) or "1234.50" (en): no grouping, as spreadsheets read it back. */
export function moneyText(cents: number, language: UiLanguage): string {
  const text = (cents / 100).toFixed(2);
  return language === 'en' ? text : text.replace('.', ',');
}

export function rateText(rateBp: number, language: UiLanguage): string {
  const text = String(rateBp / 100);
  return language === 'en' ? text : text.replace('.', ',');
}

/** Dates as each country's Excel reads them: lv/ru `DD.MM.YYYY`, lt `YYYY-MM-DD`, en `DD/MM/YYYY`. */
export function dateText(iso: string, language: UiLanguage): string {
  const [y, m, d] = iso.split('-');
  if (language === 'lt') return iso;
  return language === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}

export const excelDateFormat: Record<UiLanguage, string> = { lv: 'dd.mm.yyyy', ru: 'dd.mm.yyyy', lt: 'yyyy-mm-dd', en: 'dd/mm/yyyy' };

export type ColumnKey =
  | 'no'
  | 'client'
  | 'personalCode'
  | 'decision'
  | 'service'
  | 'unit'
  | 'from'
  | 'to'
  | 'units'
  | 'unitPrice'
  | 'amount'
  | 'vatRate'
  | 'vat'
  | 'gross'
  | 'clientShare'
  | 'municipalityShare'
  | 'note';

/** The columns of a line, in order; no personal code column in a pseudonymised statement. */
export function columnsOf(data: StatementData): ColumnKey[] {
  const all: ColumnKey[] = ['no', 'client', 'personalCode', 'decision', 'service', 'unit', 'from', 'to', 'units', 'unitPrice', 'amount', 'vatRate', 'vat', 'gross', 'clientShare', 'municipalityShare', 'note'];
  return data.pseudonymised ? all.filter((c) => c !== 'personalCode') : all;
}

export function columnTitle(t: TFunction<'billing'>, key: ColumnKey, data: StatementData): string {
  if (key === 'client') return data.pseudonymised ? t('column.reference') : t('column.client');
  return t(`column.${key}`);
}

export function lineNote(t: TFunction<'billing'>, line: StatementData['lines'][number]): string {
  return [line.exempt ? t('note.exempt') : '', line.free ? t('note.free') : ''].filter(Boolean).join('; ');
}
