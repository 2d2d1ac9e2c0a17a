import type { z } from 'zod';

export const roles = ['administrator', 'manager', 'reception', 'carer'] as const;
export type Role = (typeof roles)[number];

/** Who may call a method: nobody logged in (`public`), or any of the listed staff roles. */
export type Access = 'public' | readonly Role[];

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** A write changes the database and is audited; reads are not. Lets tests and transports reason about it. */
  write: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
}

/*
 * The role policy. Every domain picks one of these lists for `access` rather than spelling roles out,
 * so the policy stays in one place (and `electron/core/permission-walk.test.ts` proves the dispatcher
 * enforces whatever each method declares):
 * - administrator may call EVERYTHING: in a small centre the administrator is usually also its manager,
 *   and demos and acceptance checks log in as the administrator. Every non-public list includes it.
 * - manager: everything in the centre (clients, attendance, sessions, equipment, reports, prints,
 *   exports, month closing, the audit trail) except staff accounts and settings.
 * - reception: clients read/search and attendance (check-in/out, absences, meals, transport).
 * - carer: activity and dementia-group sessions with their observations, and reading clients.
 */
export const everyRole: readonly Role[] = roles;
/** Staff accounts, centre settings, backups. */
export const administrators: readonly Role[] = ['administrator'];
/** Everything in the centre: reports, prints, exports, month closing, the audit trail, client changes. */
export const managers: readonly Role[] = ['administrator', 'manager'];
/** Reading and searching clients, attendance. */
export const frontDesk: readonly Role[] = ['administrator', 'manager', 'reception'];
/** Sessions and observations. */
export const careStaff: readonly Role[] = ['administrator', 'manager', 'carer'];
/** Reading a client's record: everyone who works with clients. */
export const clientReaders: readonly Role[] = everyRole;
