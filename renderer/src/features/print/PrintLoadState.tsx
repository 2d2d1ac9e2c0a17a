import { Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { isForbidden } from '../../api/wire-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintNoAccess } from './PrintNoAccess';

/** While a print preview's data loads: a spinner, or the translated error; neither is printed. */
export function PrintLoadState({ query }: { query: { isPending: boolean; isError: boolean; error: ApiError | null } }) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center p="xl" className="no-print">
        <Loader aria-label={t('common:status.loading')} />
      </Center>
    );
  }
  // Pages that do not say so themselves still say "no access" rather than show an error box.
  if (query.isError && isForbidden(query.error)) return <PrintNoAccess />;
  if (query.isError) {
    return (
      <Stack p="md" className="no-print">
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  return null;
}
