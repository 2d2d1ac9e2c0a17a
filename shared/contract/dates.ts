import { z } from 'zod';
import { isLocalDate, localTimePattern } from '../domain/local-date';
import { plausibleYearsRefinement } from './bounds';

/** A local calendar date `YYYY-MM-DD` (shared/domain/local-date.ts); `format` marks it for the contract walks. */
export const localDateSchema = z
  .string()
  .refine(isLocalDate, { error: 'dateFormat' })
  .max(10)
  .refine(...plausibleYearsRefinement)
  .meta({ format: 'date' });
/** A local time `HH:MM`, 24-hour clock. */
export const localTimeSchema = z.string().regex(localTimePattern, { error: 'timeFormat' }).max(5);
