import { useState } from 'react';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ApiError } from '../../api/client';
import { serverFieldErrors, zodValidate } from '../../forms/zod-validate';
import { useFormDraft, type DraftName } from '../../forms/use-form-draft';
import { invalidateClients } from './use-clients';

/**
 * A form for one record of the card (relative, consent, decision, assessment): validated with the
 * contract's schema on the input it will send, saved through the core, server field errors shown.
 * With `draft`, what is typed is autosaved locally until the save succeeds (see use-form-draft.ts).
 */
export function useRecordForm<V extends Record<string, unknown>>(options: {
  initial: V;
  schema: z.ZodType;
  toInput: (values: V) => unknown;
  save: (input: Record<string, unknown>) => Promise<unknown>;
  onSaved: () => void;
  draft?: DraftName;
}) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<V>({ initialValues: options.initial, validate: (v) => zodValidate(options.schema)(options.toInput(v)) });
  const draft = useFormDraft(form, options.draft ?? null);
  const onSubmit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      await options.save(options.toInput(values) as Record<string, unknown>);
      draft.clear();
      await invalidateClients(queryClient);
      options.onSaved();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError) form.setErrors(serverFieldErrors(e.error.issues));
    } finally {
      setBusy(false);
    }
  });
  return { form, onSubmit, error, busy, draft };
}
