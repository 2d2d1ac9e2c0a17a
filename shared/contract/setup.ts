import { z } from 'zod';
import { method } from './define';
import { countrySchema, input, text, uiLanguageSchema } from './common';
import { findMunicipality } from '../domain/municipalities';
import { passwordSchema, usernameSchema } from './auth';

export const centreSettingsSchema = input({
  name: text(2, 120),
  country: countrySchema,
  municipality: z.string().min(1).max(60),
  language: uiLanguageSchema,
}).refine((c) => findMunicipality(c.municipality)?.country === c.country, {
  path: ['municipality'],
  error: 'municipalityUnknown',
});

export const setupContract = {
  'setup.status': method({
    input: input({}),
    output: z.object({ initialised: z.boolean(), language: uiLanguageSchema.nullable() }),
    access: 'public',
    write: false,
  }),
  'setup.initialise': method({
    input: input({
      centre: centreSettingsSchema,
      admin: input({ username: usernameSchema, fullName: text(2, 100), password: passwordSchema }),
    }),
    /** Shown once, to be written down: the administrator's way in when locked out (`auth.recover`). */
    output: z.object({ initialised: z.literal(true), recoveryCode: z.string() }),
    access: 'public',
    write: true,
  }),
};

/** The setup form: the contract's input plus a repeated password, checked before anything is sent. */
export const setupFormSchema = z
  .object({ ...setupContract['setup.initialise'].input.shape, passwordRepeat: z.string() })
  .refine((form) => form.admin.password === form.passwordRepeat, { path: ['passwordRepeat'], error: 'passwordsDiffer' });
