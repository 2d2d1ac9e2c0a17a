import { z } from 'zod';
import { everyRole, method } from './define';
import { countrySchema, input, ok, roleSchema, text, uiLanguageSchema } from './common';
import { mealKindSchema } from './attendance';

export const minPasswordLength = 10;
/** Five wrong PINs in a row disable the PIN until the user logs in with the password (issue 3). */
export const maxPinFailures = 5;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(32)
  .regex(/^[a-z0-9._-]+$/, { error: 'usernameFormat' });

export const passwordSchema = z.string().min(minPasswordLength).max(200);
/** 4–6 digits: short enough for a PIN pad, only ever accepted together with a staff tile. */
export const pinSchema = z.string().regex(/^\d{4,6}$/, { error: 'pinFormat' }).max(6);

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

/**
 * A tile of the switch-user screen, shown before anyone logs in. Only what a colleague standing at
 * the reception PC already knows: the name on the badge and whether a PIN works. Never the username
 * (half of a password login), the role, or anything about clients.
 */
export const staffTileSchema = z.object({ id: z.number().int(), fullName: z.string(), pinUsable: z.boolean() });
export type StaffTile = z.infer<typeof staffTileSchema>;

/** `resumed`: the caller unlocked their own locked session, so the UI keeps its state (half-filled forms). */
const signedIn = z.object({ staff: staffSchema, resumed: z.boolean() });

export const authContract = {
  'auth.login': method({
    // The login form only needs something typed; the rules for new passwords live in `passwordSchema`.
    input: input({ username: text(1, 64), password: z.string().min(1).max(200) }),
    output: signedIn,
    access: 'public',
    write: false,
  }),
  'auth.tiles': method({
    input: input({}),
    output: z.object({ tiles: z.array(staffTileSchema) }),
    access: 'public',
    write: false,
  }),
  'auth.pinLogin': method({
    input: input({ staffId: z.number().int().positive(), pin: pinSchema }),
    output: signedIn,
    access: 'public',
    // A wrong PIN counts towards the lockout, and the counter is audited.
    write: true,
  }),
  'auth.tileLogin': method({
    input: input({ staffId: z.number().int().positive(), password: z.string().min(1).max(200) }),
    output: signedIn,
    access: 'public',
    write: true,
  }),
  /**
   * The administrator's way back in when locked out or the password is lost: the one-time recovery code
   * shown at set-up sets a new password, lifts the login lock and is replaced by a new code, shown once.
   */
  'auth.recover': method({
    input: input({ username: text(1, 64), recoveryCode: text(1, 64), newPassword: passwordSchema }),
    output: z.object({ recoveryCode: z.string() }),
    access: 'public',
    write: true,
  }),
  /** Locks the caller's session: it stays on the server but answers nothing until its owner unlocks it. */
  'auth.lock': method({ input: input({}), output: ok, access: everyRole, write: false }),
  'auth.logout': method({ input: input({}), output: ok, access: everyRole, write: false }),
  'auth.me': method({
    input: input({}),
    output: z.object({
      staff: staffSchema,
      centre: centreSchema,
      /** What every staff member's window needs of the centre settings (the full set is administrators' only). */
      settings: z.object({ idleLockMinutes: z.number().int(), mealKinds: z.array(mealKindSchema) }),
    }),
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

/** The recovery form: the contract's input plus a repeated password, checked before anything is sent. */
export const recoverFormSchema = z
  .object({ ...authContract['auth.recover'].input.shape, passwordRepeat: z.string() })
  .refine((form) => form.newPassword === form.passwordRepeat, { path: ['passwordRepeat'], error: 'passwordsDiffer' });
