import { z } from 'zod';
import { input, text } from './common';
import { idSchema } from './fields';

/**
 * Corrections never delete: a decision or an assessment entered by mistake is voided with a reason,
 * kept in the history (struck through) and counted nowhere. The reason is what a later reader of the
 * card or the audit trail needs, so a bare "x" is not enough.
 */
export const voidInputSchema = input({ id: idSchema, reason: text(3, 500) });

/** What a record shows once voided: when, by whom (by name, as the card prints it) and why; null while in force. */
export const voidedFields = {
  voidedAt: z.string().nullable(),
  voidedByName: z.string().nullable(),
  voidReason: z.string().nullable(),
};
