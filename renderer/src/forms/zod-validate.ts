import type { z } from 'zod';
import type { TFunction } from 'i18next';
import { issueMessage } from '#shared/contract/issues';
import type { FieldIssue } from '#shared/contract/errors';

export type FormErrors = Record<string, string>;

/** Translates `errors:<key>` for keys that come from data rather than code. */
export function translateErrorKey(t: TFunction, key: string, params: object = {}): string {
  return (t as unknown as (key: string, options?: object) => string)(`errors:${key}`, params);
}

/**
 * Validates a form with the same zod schema the core enforces and returns translated messages keyed
 * by the dotted field path, the shape Mantine's `useForm({ validate })` expects.
 */
export function zodValidate<T>(schema: z.ZodType<unknown, T>, t: TFunction) {
  return (values: T): FormErrors => {
    const result = schema.safeParse(values, { reportInput: true });
    if (result.success) return {};
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (errors[path]) continue;
      const { key, params } = issueMessage(issue);
      errors[path] = translateErrorKey(t, key, params);
    }
    return errors;
  };
}

/** Field errors the core sent back (a rule only the server knows), in the same dotted-path shape. */
export function serverFieldErrors(issues: FieldIssue[] | undefined, t: TFunction): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues ?? []) errors[issue.path.join('.')] = translateErrorKey(t, issue.code, issue.params);
  return errors;
}
