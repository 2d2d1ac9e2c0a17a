import type { TFunction } from 'i18next';
import { entityKey, fieldKeys, methodKey, recordKeyFields, valueKey } from '#shared/i18n/audit-keys';

type LooseT = (key: string | string[], options?: object) => string;

/**
 * A translation when there is one, else the fallback as it is. Methods and entities come from data:
 * other domains add methods faster than translators catch up, and an untranslated one must still show
 * (as its raw name, `clients.merge`) rather than break the page. (electron/core/services/audit-labels.test.ts keeps the
 * methods, entities and fields the core writes today translated.)
 */
export function translatedOr(t: TFunction, key: string | string[], fallback: string): string {
  return (t as unknown as LooseT)(key, { defaultValue: fallback });
}

export const methodLabel = (t: TFunction, method: string) => translatedOr(t, methodKey(method), method);
export const entityLabel = (t: TFunction, entity: string) => translatedOr(t, entityKey(entity), entity);
export const fieldLabel = (t: TFunction, entity: string, field: string) => translatedOr(t, fieldKeys(entity, field), field);

/** A code's name through the key the shared table gives it, else the code itself. */
export function codeLabel(t: TFunction, entity: string, field: string, code: string): string {
  const key = valueKey(entity, field, code);
  return key ? translatedOr(t, key, code) : code;
}

/**
 * Which record a row is about: its current name when the core found one ("Klients: Jānis Bērziņš"),
 * else "Klients Nr. 12" for a numbered one; a record keyed by its parts
 * (a month closure `2026-11:day-care`, a print `day-list:2026-11-23`) names each part it can.
 */
export function recordLabel(t: TFunction, entity: string, entityId: string | null, subject: string | null = null): string {
  const name = entityLabel(t, entity);
  if (subject) return t('audit:recordWithName', { entity: name, name: subject });
  if (!entityId) return name;
  if (/^\d+$/.test(entityId)) return t('audit:recordWithId', { entity: name, id: entityId });
  const parts = entityId.split(':').map((part) => {
    const field = recordKeyFields.find((f) => valueKey(entity, f, part) && codeLabel(t, entity, f, part) !== part);
    return field ? codeLabel(t, entity, field, part) : part;
  });
  return t('audit:recordWithKey', { entity: name, key: parts.join(', ') });
}
