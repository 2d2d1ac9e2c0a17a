import { z } from 'zod';
import { isValidDate, monthPattern } from '../domain/month';
import { serviceKinds } from '../domain/services';
import { plausibleYearsRefinement } from './bounds';

/** `YYYY-MM`; the message is an i18n key under `errors:field.*`. */
export const monthSchema = z
  .string()
  .regex(monthPattern, { error: 'monthFormat' })
  .max(7)
  .refine(...plausibleYearsRefinement)
  .meta({ format: 'month' });

/** `YYYY-MM-DD` of a day that exists. */
export const dateSchema = z
  .string()
  .refine(isValidDate, { error: 'dateFormat' })
  .max(10)
  .refine(...plausibleYearsRefinement)
  .meta({ format: 'date' });

export const serviceKindSchema = z.enum(serviceKinds);
