import { useMemo, useState } from 'react';
import { Button, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { formatDateTime } from '../../i18n/format';
import { AuditChanges } from './AuditChanges';
import { AuditFilters } from './AuditFilters';
import { methodLabel, recordLabel } from './audit-labels';
import { mergeNames, noFilters, toAuditFilter, useAuditEntries } from './use-audit';

/** The audit trail for managers: every write (and every opening of a client's record), newest first. */
export function AuditPage() {
  const { t } = useTranslation(['audit', 'common']);
  const language = useLanguage();
  const [values, setValues] = useState(noFilters);
  const filter = useMemo(() => toAuditFilter(values), [values]);
  const entries = useAuditEntries(filter, language);
  const rows = entries.data?.pages.flatMap((page) => page.entries) ?? [];
  // Each page names what its own rows refer to; together they name every row shown.
  const names = useMemo(() => mergeNames(entries.data?.pages.map((page) => page.names) ?? []), [entries.data]);

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('audit:title')}
      </Title>
      <AuditFilters onApply={setValues} />
      <ErrorAlert error={entries.error} />
      {entries.isPending && <Loader aria-label={t('common:status.loading')} />}
      {!entries.isPending && rows.length === 0 && <Text c="dimmed">{t('audit:empty')}</Text>}
      {rows.length > 0 && (
        <Table striped aria-label={t('audit:title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit:when')}</Table.Th>
              <Table.Th>{t('audit:staff')}</Table.Th>
              <Table.Th>{t('audit:action')}</Table.Th>
              <Table.Th>{t('audit:record')}</Table.Th>
              <Table.Th>{t('audit:changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{formatDateTime(new Date(entry.at), language)}</Table.Td>
                <Table.Td>{entry.staffName ?? t('audit:nobody')}</Table.Td>
                <Table.Td>{methodLabel(t, entry.method)}</Table.Td>
                <Table.Td>{recordLabel(t, entry.entity, entry.entityId, entry.subject)}</Table.Td>
                <Table.Td>
                  <AuditChanges entity={entry.entity} changes={entry.changes} names={names} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {entries.hasNextPage && (
        <Button variant="default" onClick={() => void entries.fetchNextPage()} loading={entries.isFetchingNextPage}>
          {t('audit:more')}
        </Button>
      )}
    </Stack>
  );
}
