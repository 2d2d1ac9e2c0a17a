import { z } from 'zod';
import { method } from './define';
import { input, ok } from './common';
import { idSchema, isoDate, notInFuture, optionalDate, optionalText } from './fields';
import { consentGivers, consentKinds } from '../domain/client-parts';

const consentFields = {
  kind: z.enum(consentKinds),
  givenOn: isoDate,
  givenBy: z.enum(consentGivers),
  /** Who signed for the client when a representative did. */
  representativeName: optionalText(120),
  withdrawnOn: optionalDate,
};

type ConsentFields = { givenOn: string; withdrawnOn?: string | undefined };

function consentRules(c: ConsentFields, ctx: z.RefinementCtx): void {
  if (!notInFuture(c.givenOn)) ctx.addIssue({ code: 'custom', path: ['givenOn'], message: 'dateFuture', input: c.givenOn });
  if (c.withdrawnOn && c.withdrawnOn < c.givenOn) {
    ctx.addIssue({ code: 'custom', path: ['withdrawnOn'], message: 'withdrawnBeforeGiven', input: c.withdrawnOn });
  }
}

export const consentCreateSchema = input({ clientId: idSchema, ...consentFields }).superRefine(consentRules);
export const consentUpdateSchema = input({ id: idSchema, ...consentFields }).superRefine(consentRules);

export const consentSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  kind: z.enum(consentKinds),
  givenOn: z.string(),
  givenBy: z.enum(consentGivers),
  representativeName: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
});
export type Consent = z.infer<typeof consentSchema>;

const writers = ['administrator', 'manager'] as const;

export const consentsContract = {
  'consents.create': method({ input: consentCreateSchema, output: z.object({ consent: consentSchema }), access: writers, write: true }),
  'consents.update': method({ input: consentUpdateSchema, output: z.object({ consent: consentSchema }), access: writers, write: true }),
  'consents.remove': method({ input: input({ id: idSchema }), output: ok, access: writers, write: true }),
};
