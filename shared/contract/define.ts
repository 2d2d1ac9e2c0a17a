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

export const everyRole: readonly Role[] = roles;
