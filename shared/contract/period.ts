import { z } from 'zod';
import { isValidDate, monthPattern } from '../domain/month';
import { serviceKinds } from '../domain/services';

/** `YYYY-MM`; the message is an i18n key under `errors:field.*`. */
export const monthSchema = z.string().regex(monthPattern, { error: 'monthFormat' });

/** `YYYY-MM-DD` of a day that exists. */
export const dateSchema = z.string().refine(isValidDate, { error: 'dateFormat' });

export const serviceKindSchema = z.enum(serviceKinds);
