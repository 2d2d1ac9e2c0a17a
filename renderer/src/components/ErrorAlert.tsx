import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { translateErrorKey } from '../forms/translate-error';

/** Shows a failed call in the current UI language, re-translated from its code after a switch. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message =
    error instanceof ApiError
      ? translateErrorKey(t, error.error.code, error.error.params ?? {})
      : translateErrorKey(t, 'kind.internal');
  return (
    <Alert color="red" role="alert" variant="light">
      {message}
    </Alert>
  );
}
