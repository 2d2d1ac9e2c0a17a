import type { TFunction } from 'i18next';

/** Translates `errors:<key>` for keys that come from data rather than code. */
export function translateErrorKey(t: TFunction, key: string, params: object = {}): string {
  return (t as unknown as (key: string, options?: object) => string)(`errors:${key}`, params);
}
