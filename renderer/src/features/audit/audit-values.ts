import type { TFunction } from 'i18next';
import type { UiLanguage } from '#shared/contract/common';
import type { MethodOutput } from '#shared/contract/index';
import { referenceKindOf } from '#shared/contract/audit-refs';
import { codesOf, isCodedField } from '#shared/i18n/audit-keys';
import { findMunicipality } from '#shared/domain/municipalities';
import { formatDateTime, formatMoney, weekdayName } from '../../i18n/format';
import { codeLabel, translatedOr } from './audit-labels';

export interface ValueContext {
  t: TFunction;
  language: UiLanguage;
  /** The entity the row is about: `status` and `kind` mean different things on different records. */
  entity: string;
  /** Current names of the records the changes refer to by id, from the core (see audit-refs.ts). */
  names?: Names;
}

type Names = MethodOutput<'audit.list'>['names'];

const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function municipalityName(code: unknown, { language }: ValueContext): string {
  const found = findMunicipality(String(code));
  if (!found) return String(code);
  return language === 'ru' ? found.nameRu : found.name;
}

function weekdays(value: unknown, { language }: ValueContext): string {
  return Array.isArray(value) ? value.map((day) => weekdayName(Number(day), language)).join(', ') : String(value);
}

/** Values that Intl or the shipped municipality list put into words, rather than a translation key. */
const formatted: Record<string, (value: unknown, context: ValueContext) => string> = {
  municipality: municipalityName,
  payingMunicipality: municipalityName,
  plannedWeekdays: weekdays,
  weekdays,
  copayAmountCents: (value, { language }) => (typeof value === 'number' ? formatMoney(value, language) : String(value)),
};

/** Each code of a coded value by its name: one code, a list of codes, or codes with their scores (Barthel items). */
function coded(field: string, value: unknown, { t, entity }: ValueContext): string {
  const name = (code: string) => codeLabel(t, entity, field, code);
  if (Array.isArray(value)) return codesOf(value).map(name).join(', ');
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).map(([code, score]) => `${name(code)} ${String(score)}`).join(', ');
  }
  return name(String(value));
}

/**
 * A changed value as a person reads it: codes by their names, weekdays and municipalities by name,
 * timestamps in the UI language, yes/no, a dash for nothing. Dates, times and numbers stay as typed.
 */
export function valueLabel(context: ValueContext, field: string, value: unknown): string {
  const { t, language } = context;
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value) && value.length === 0) return '—';
  if (typeof value === 'boolean') return translatedOr(t, value ? 'audit:yes' : 'audit:no', String(value));
  const format = Object.hasOwn(formatted, field) ? formatted[field] : undefined;
  if (format) return format(value, context);
  const kind = referenceKindOf(field);
  // A referenced record by its name today; its number when it is gone (an erased client is never named).
  if (kind && (typeof value === 'number' || typeof value === 'string')) {
    return context.names?.[kind][String(value)] ?? t('audit:numbered', { id: String(value) });
  }
  if (isCodedField(field)) return coded(field, value, context);
  if (typeof value === 'string' && instant.test(value)) return formatDateTime(new Date(value), language);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
