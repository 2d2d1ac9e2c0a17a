import { useState } from 'react';
import { Alert, Button, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PastRetentionClient } from '#shared/contract/privacy';
import { useLanguageCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { invalidateClients } from '../clients/use-clients';
import { EraseClientModal } from './EraseClientModal';

/** `#/retention` (administrators): discharged and deceased clients kept the whole retention period, each with an erase action. */
export function RetentionPage() {
  const { t } = useTranslation(['privacy', 'clients']);
  const language = useLanguage();
  const queryClient = useQueryClient();
  const list = useLanguageCall('retention.clients', {}, language);
  const [erasing, setErasing] = useState<PastRetentionClient | null>(null);
  const [erased, setErased] = useState(false);
  const name = (c: PastRetentionClient) => `${c.firstName} ${c.lastName}`;

  const onErased = () => {
    setErasing(null);
    setErased(true);
    void queryClient.invalidateQueries({ queryKey: ['retention.clients'] });
    void invalidateClients(queryClient);
  };

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('privacy:retention.open')}
      </Title>
      <ErrorAlert error={list.error} />
      {erased && (
        <Alert color="teal" variant="light" role="status">
          {t('privacy:erase.done')}
        </Alert>
      )}
      {list.isPending && <Loader aria-label={t('common:status.loading')} />}
      {list.data && (
        <>
          <Text>{`${t('privacy:retention.period', { count: list.data.retentionYears })} ${t('privacy:retention.cutoff', { date: formatDate(list.data.cutoff, language) })}`}</Text>
          <Text fw={500}>{t('privacy:retention.count', { count: list.data.clients.length })}</Text>
          {list.data.clients.length === 0 ? (
            <Text c="dimmed">{t('privacy:retention.none')}</Text>
          ) : (
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('privacy:retention.name')}</Table.Th>
                  <Table.Th>{t('privacy:retention.status')}</Table.Th>
                  <Table.Th>{t('privacy:retention.lastService')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.clients.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{name(c)}</Table.Td>
                    <Table.Td>{t(`clients:status.${c.status}`)}</Table.Td>
                    <Table.Td>{formatDate(c.lastService, language)}</Table.Td>
                    <Table.Td>
                      <Button size="xs" color="red" variant="light" aria-label={t('privacy:retention.eraseOf', { name: name(c) })} onClick={() => setErasing(c)}>
                        {t('privacy:retention.erase')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <EraseClientModal client={erasing} onClose={() => setErasing(null)} onErased={onErased} />
    </Stack>
  );
}
