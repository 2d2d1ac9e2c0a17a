import { z } from 'zod';
import { everyRole, method } from './define';
import { countrySchema, input, ok, roleSchema, text, uiLanguageSchema } from './common';

export const minPasswordLength = 10;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(32)
  .regex(/^[a-z0-9._-]+$/, { error: 'usernameFormat' });

export const passwordSchema = z.string().min(minPasswordLength).max(200);

export const staffSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  language: uiLanguageSchema,
});
export type Staff = z.infer<typeof staffSchema>;

export const centreSchema = z.object({
  name: z.string(),
  country: countrySchema,
  municipality: z.string(),
  language: uiLanguageSchema,
});
export type Centre = z.infer<typeof centreSchema>;

export const authContract = {
  'auth.login': method({
    // The login form only needs something typed; the rules for new passwords live in `passwordSchema`.
    input: input({ username: text(1, 64), password: z.string().min(1).max(200) }),
    output: z.object({ staff: staffSchema }),
    access: 'public',
    write: false,
  }),
  'auth.logout': method({ input: input({}), output: ok, access: everyRole, write: false }),
  'auth.me': method({
    input: input({}),
    output: z.object({ staff: staffSchema, centre: centreSchema }),
    access: everyRole,
    write: false,
  }),
  'auth.setLanguage': method({
    input: input({ language: uiLanguageSchema }),
    output: z.object({ staff: staffSchema }),
    access: everyRole,
    write: true,
  }),
};
