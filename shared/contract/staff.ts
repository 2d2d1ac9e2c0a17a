import { z } from 'zod';
import { administrators, method } from './define';
import { input, ok, roleSchema, text, uiLanguageSchema } from './common';
import { passwordSchema, pinSchema, usernameSchema } from './auth';

/** A staff account as the administrator sees it: never a hash, only whether a PIN is set and usable. */
export const staffAccountSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  language: uiLanguageSchema,
  active: z.boolean(),
  hasPin: z.boolean(),
  pinLocked: z.boolean(),
  /** Locked after too many failed logins from anywhere, until an administrator lifts it. */
  loginLocked: z.boolean(),
  /** Some address must wait before trying this user's password again (failed logins from there). */
  loginThrottled: z.boolean(),
  createdAt: z.string(),
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;

const staffId = z.number().int().positive();
const account = z.object({ staff: staffAccountSchema });

export const staffCreateSchema = input({
  username: usernameSchema,
  fullName: text(2, 100),
  role: roleSchema,
  language: uiLanguageSchema,
  password: passwordSchema,
  /** Optional: a user without a PIN signs in on the switch screen with the password. */
  pin: pinSchema.nullable(),
});

export const staffUpdateSchema = input({
  id: staffId,
  fullName: text(2, 100),
  role: roleSchema,
  language: uiLanguageSchema,
  active: z.boolean(),
});

/** Staff accounts: administrators only. Accounts are never deleted, because audit rows point at them. */
export const staffContract = {
  'staff.list': method({ input: input({}), output: z.object({ staff: z.array(staffAccountSchema) }), access: administrators, write: false }),
  'staff.create': method({ input: staffCreateSchema, output: account, access: administrators, write: true }),
  'staff.update': method({ input: staffUpdateSchema, output: account, access: administrators, write: true }),
  'staff.resetPassword': method({ input: input({ id: staffId, password: passwordSchema }), output: ok, access: administrators, write: true }),
  /** `pin: null` clears the PIN. Setting one also clears a PIN lockout. */
  'staff.setPin': method({ input: input({ id: staffId, pin: pinSchema.nullable() }), output: account, access: administrators, write: true }),
  /** Lifts the login lock and forgets the failed logins of every address, so the user can sign in at once. */
  'staff.unlockLogin': method({ input: input({ id: staffId }), output: account, access: administrators, write: true }),
};

/** The PIN field of a form: empty means "no PIN"; the form turns '' into null before sending. */
const pinField = z.string().regex(/^(\d{4,6})?$/, { error: 'pinFormat' });

export const staffCreateFormSchema = staffCreateSchema.extend({ pin: pinField });
export const staffPinFormSchema = z.object({ pin: pinField });
