import { z } from 'zod';
import { isRealIsoDate } from '../domain/dates';
import { contractToday } from './contract-clock';
import { plausibleYearsRefinement } from './bounds';

/**
 * Field schemas the client register shares between forms and the core. Optional text is '' or absent
 * when empty (what a form holds); services store both as null.
 */
export const isoDate = z
  .string()
  .trim()
  .refine(isRealIsoDate, { error: 'dateInvalid' })
  .max(10)
  .refine(...plausibleYearsRefinement)
  .meta({ format: 'date' });

export const optionalDate = z.union([z.literal(''), isoDate]).optional();

export function optionalText(max: number) {
  return z.string().trim().max(max).optional();
}

/** Digits, spaces, +, -, ( and ); at least 6 digits. */
export const phoneSchema = z
  .string()
  .trim()
  .max(30)
  .refine((p) => p === '' || (/^[+\d\s()-]+$/.test(p) && p.replace(/\D/g, '').length >= 6), { error: 'phoneFormat' })
  .optional();

export const idSchema = z.number().int().positive();

/** A birth date or similar that cannot lie after today (the core's day; see contract-clock.ts). */
export function notInFuture(value: string | undefined): boolean {
  return !value || value <= contractToday();
}

/** Empty form text → null for storage. */
export function orNull<T>(value: T | '' | undefined): T | null {
  return value === '' || value === undefined ? null : value;
}
