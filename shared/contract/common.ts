import { z } from 'zod';
import { roles } from './define';

export const uiLanguages = ['lv', 'lt', 'ru', 'en'] as const;
export const uiLanguageSchema = z.enum(uiLanguages);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const countrySchema = z.enum(['LV', 'LT']);
export const roleSchema = z.enum(roles);

/** Inputs reject unknown keys, so a misspelt field from a script is an error rather than silently lost. */
export const input = z.strictObject;
export const noInput = z.strictObject({});
export const ok = z.strictObject({});

/** Trimmed text with length limits; the messages are i18n keys resolved by `issueMessage`. */
export function text(min: number, max: number) {
  return z.string().trim().min(min).max(max);
}
