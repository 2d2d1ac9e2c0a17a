import { z } from 'zod';
import { isLocalDate, localTimePattern } from '../domain/local-date';

/** A local calendar date `YYYY-MM-DD` (shared/domain/local-date.ts). */
export const localDateSchema = z.string().refine(isLocalDate, { error: 'dateFormat' });
/** A local time `HH:MM`, 24-hour clock. */
export const localTimeSchema = z.string().regex(localTimePattern, { error: 'timeFormat' });
