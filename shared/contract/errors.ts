import { z } from 'zod';

/** The closed set of error kinds a contract call can answer with. The UI translates each. */
export const errorKinds = ['validation', 'not-found', 'conflict', 'forbidden', 'unauthenticated', 'internal'] as const;
export type ErrorKind = (typeof errorKinds)[number];

export const fieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/**
 * An error as it crosses the wire. `code` is an i18n key in the `errors` namespace and `params` its
 * values, so a renderer can translate it again after a language switch; `message` is already translated
 * into the caller's language for scripts and logs-free display.
 */
export const wireErrorSchema = z.object({
  kind: z.enum(errorKinds),
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  issues: z.array(fieldIssueSchema).optional(),
});
export type WireError = z.infer<typeof wireErrorSchema>;

export type CallResult<T> = { ok: true; data: T } | { ok: false; error: WireError };

/** HTTP status that fits each kind, used by the browser host. */
export const httpStatusOf: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  internal: 500,
};
