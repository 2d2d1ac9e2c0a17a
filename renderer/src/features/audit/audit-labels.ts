import type { TFunction } from 'i18next';

type LooseT = (key: string, options?: object) => string;

/**
 * A translation when there is one, else the fallback as it is. Methods and entities come from data:
 * other domains add methods faster than translators catch up, and an untranslated one must still show
 * (as its raw name, `clients.merge`) rather than break the page.
 */
export function translatedOr(t: TFunction, key: string, fallback: string): string {
  return (t as unknown as LooseT)(key, { defaultValue: fallback });
}

export const methodLabel = (t: TFunction, method: string) => translatedOr(t, `audit:method.${method}`, method);
export const entityLabel = (t: TFunction, entity: string) => translatedOr(t, `audit:entity.${entity}`, entity);
export const fieldLabel = (t: TFunction, field: string) => translatedOr(t, `audit:field.${field}`, field);

/** A changed value as a person reads it: roles, languages and meals translated, yes/no, a dash for nothing. */
export function valueLabel(t: TFunction, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return translatedOr(t, value ? 'audit:value.yes' : 'audit:value.no', String(value));
  if (field === 'role' && typeof value === 'string') return translatedOr(t, `common:role.${value}`, value);
  if (field === 'language' && typeof value === 'string') return translatedOr(t, `common:language.${value}`, value);
  if ((field === 'meals' || field === 'mealKinds') && Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map((meal) => translatedOr(t, `common:meal.${String(meal)}`, String(meal))).join(', ');
  }
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
