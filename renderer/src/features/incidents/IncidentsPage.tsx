import { useState } from 'react';
import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { IncidentForm } from './IncidentForm';

type Status = 'open' | 'closed' | 'all';

/** `#/incidents`: the centre's incident reports, open first. */
export function IncidentsPage() {
  const { t } = useTranslation('safety');
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [status, setStatus] = useState<Status>('open');
  const [creating, setCreating] = useState(false);
  const list = useCall('incidents.list', { status });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t('incidents.title')}</Title>
        <Button onClick={() => setCreating(true)}>{t('incidents.new')}</Button>
      </Group>
      <SegmentedControl value={status} onChange={(v) => setStatus(v)} aria-label={t('incidents.status')}
        data={(['open', 'closed', 'all'] as const).map((s) => ({ value: s, label: t(`incidents.${s}`) }))} />
      <ErrorAlert error={list.error} />
      {list.isSuccess && list.data.incidents.length === 0 && <Text c="dimmed">{t('incidents.none')}</Text>}
      {list.data && list.data.incidents.length > 0 && (
        <Table striped aria-label={t('incidents.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('incidents.occurredOn')}</Table.Th>
              <Table.Th>{t('incidents.client')}</Table.Th>
              <Table.Th>{t('incidents.kind')}</Table.Th>
              <Table.Th>{t('incidents.status')}</Table.Th>
              <Table.Th>{t('incidents.followUps')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.incidents.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{`${formatDate(i.occurredOn, language)} ${i.occurredAt}`}</Table.Td>
                <Table.Td><Anchor component={Link} href={`/incidents/${i.id}`}>{i.clientName}</Anchor></Table.Td>
                <Table.Td>{t(`incidents.kinds.${i.kind}`)}</Table.Td>
                <Table.Td>{i.closedAt ? t('incidents.closed') : t('incidents.open')}</Table.Td>
                <Table.Td>
                  {i.overdueFollowUps > 0 ? <Badge color="red.9">{`${t('incidents.overdue')}: ${i.overdueFollowUps}`}</Badge> : i.openFollowUps}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && <IncidentForm onClose={() => setCreating(false)} onCreated={(id) => navigate(`/incidents/${id}`)} />}
    </Stack>
  );
}
