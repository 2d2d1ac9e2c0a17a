import { createElement, type ReactNode } from 'react';
import type { z } from 'zod';
import { issueMessage } from '#shared/contract/issues';
import type { FieldIssue } from '#shared/contract/errors';
import { FieldError } from './FieldError';

export type FormErrors = Record<string, ReactNode>;

/**
 * Validates a form with the same zod schema the core enforces and returns messages keyed by the
 * dotted field path, the shape Mantine's `useForm({ validate })` expects.
 */
export function zodValidate<T>(schema: z.ZodType<unknown, T>) {
  return (values: T): FormErrors => {
    const result = schema.safeParse(values, { reportInput: true });
    if (result.success) return {};
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (errors[path]) continue;
      const { key, params } = issueMessage(issue);
      errors[path] = createElement(FieldError, { code: key, params });
    }
    return errors;
  };
}

/** Field errors the core sent back (a rule only the server knows), in the same dotted-path shape. */
export function serverFieldErrors(issues: FieldIssue[] | undefined): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues ?? []) errors[issue.path.join('.')] = createElement(FieldError, { code: issue.code, params: issue.params });
  return errors;
}

/** The first message for one value outside a form (a month picker), or null when the schema accepts it. */
export function fieldError(schema: z.ZodType, value: unknown): ReactNode {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return null;
  const { key, params } = issueMessage(result.error.issues[0]!);
  return createElement(FieldError, { code: key, params });
}
