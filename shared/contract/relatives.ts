import { z } from 'zod';
import { everyRole, method } from './define';
import { input, ok, text } from './common';
import { idSchema, optionalText, phoneSchema } from './fields';
import { relationKinds } from '../domain/client-parts';
import { clientLanguages } from '../domain/services';

export const relativeFields = {
  name: text(2, 120),
  relation: z.enum(relationKinds),
  phone: phoneSchema,
  phoneAlt: phoneSchema,
  address: optionalText(300),
  language: z.union([z.literal(''), z.enum(clientLanguages)]).optional(),
  /** Authorised to collect the client from the centre (checked at the end of a day-centre day). */
  canCollect: z.boolean(),
  emergencyContact: z.boolean(),
  /** 1 is called first. */
  priority: z.number().int().min(1).max(20),
  note: optionalText(500),
  /** How reception recognises them at pick-up, e.g. "shows passport". */
  idHint: optionalText(200),
  /** The client's main family carer: their respite hours are counted. */
  mainCarer: z.boolean().optional(),
};

export const relativeCreateSchema = input({ clientId: idSchema, ...relativeFields });
export const relativeUpdateSchema = input({ id: idSchema, ...relativeFields });

export const relativeSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  name: z.string(),
  relation: z.enum(relationKinds),
  phone: z.string().nullable(),
  phoneAlt: z.string().nullable(),
  address: z.string().nullable(),
  language: z.enum(clientLanguages).nullable(),
  canCollect: z.boolean(),
  emergencyContact: z.boolean(),
  priority: z.number().int(),
  note: z.string().nullable(),
  idHint: z.string().nullable(),
  mainCarer: z.boolean(),
});
export type Relative = z.infer<typeof relativeSchema>;

const writers = ['administrator', 'manager', 'reception'] as const;

export const relativesContract = {
  'relatives.list': method({
    input: input({ clientId: idSchema }),
    output: z.object({ relatives: z.array(relativeSchema) }),
    access: everyRole,
    write: false,
  }),
  'relatives.create': method({ input: relativeCreateSchema, output: z.object({ relative: relativeSchema }), access: writers, write: true }),
  'relatives.update': method({ input: relativeUpdateSchema, output: z.object({ relative: relativeSchema }), access: writers, write: true }),
  'relatives.remove': method({ input: input({ id: idSchema }), output: ok, access: writers, write: true }),
};
