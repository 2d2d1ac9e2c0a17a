import { useState } from 'react';
import { Badge, Button, Card, Group, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { canCall } from '#shared/contract/access';
import type { Role } from '#shared/contract/define';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { LendModal } from './LendModal';
import { LoansTable } from './LoansTable';

/** On the client card: the devices lent to the client and their bookings, with lending and booking at hand. */
export function ClientLoansBookings({ clientId, role }: { clientId: number; role: Role }) {
  const { t } = useTranslation(['loans', 'bookings']);
  const language = useLanguage();
  const [lending, setLending] = useState(false);
  const loans = useCall('loans.list', { clientId, filter: 'all', limit: 50 });
  const bookings = useCall('bookings.forClient', { clientId });
  const rows = bookings.data?.bookings ?? [];
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Card withBorder component="section" aria-label={t('loans:card.title')}>
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">{t('loans:card.title')}</Title>
          {canCall(role, 'loans.lend') && <Button size="xs" variant="light" onClick={() => setLending(true)}>{t('loans:lend.button')}</Button>}
        </Group>
        <ErrorAlert error={loans.error} />
        {loans.data && (loans.data.loans.length === 0 ? <Text c="dimmed" size="sm">{t('loans:card.none')}</Text> : <LoansTable loans={loans.data.loans} showClient={false} />)}
        <LendModal opened={lending} onClose={() => setLending(false)} clientId={clientId} />
      </Card>
      <Card withBorder component="section" aria-label={t('bookings:card.title')}>
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">{t('bookings:card.title')}</Title>
          {canCall(role, 'bookings.book') && (
            <Button size="xs" variant="light" component={Link} href={`/bookings?client=${clientId}`}>{t('bookings:card.book')}</Button>
          )}
        </Group>
        <ErrorAlert error={bookings.error} />
        {bookings.isSuccess && rows.length === 0 && <Text c="dimmed" size="sm">{t('bookings:card.none')}</Text>}
        {rows.length > 0 && (
          <Table striped aria-label={t('bookings:card.title')}>
            <Table.Tbody>
              {rows.slice(0, 20).map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{formatDay(b.date, language, 'short')}</Table.Td>
                  <Table.Td>{`${b.startTime}–${b.endTime}`}</Table.Td>
                  <Table.Td>{b.resourceName}</Table.Td>
                  <Table.Td><Badge variant="light">{t(`bookings:status.${b.status}`)}</Badge></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </SimpleGrid>
  );
}
