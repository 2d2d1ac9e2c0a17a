import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { activityName } from './activity-name';
import { useSessionsLive } from './use-sessions-live';

/** A client's sessions, newest first; the client card (client register) will show the same list. */
export function ClientSessionsPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('sessions');
  const language = useLanguage();
  const result = useCall('sessions.forClient', { clientId });
  useSessionsLive();
  if (!result.data) return <ErrorAlert error={result.error} />;
  const { client, sessions } = result.data;
  const attended = sessions.filter((s) => s.status === 'present').length;
  return (
    <Stack>
      <Anchor component={Link} href="/sessions">{t('detail.back')}</Anchor>
      <Title order={1} size="h2">{client ? `${client.lastName} ${client.firstName}` : ''}</Title>
      <Title order={2} size="h4">{t('client.title')}</Title>
      <Text>{t('client.attended', { count: attended })}</Text>
      {sessions.length === 0 && <Text c="dimmed">{t('client.none')}</Text>}
      <Table aria-label={t('client.title')} verticalSpacing="xs">
        <Table.Tbody>
          {sessions.map((s) => (
            <Table.Tr key={s.sessionId}>
              <Table.Td>{formatDay(s.date, language, 'short')}</Table.Td>
              <Table.Td>{`${s.startTime}–${s.endTime}`}</Table.Td>
              <Table.Td><Anchor component={Link} href={`/sessions/${s.sessionId}`}>{activityName(s.activity, language)}</Anchor></Table.Td>
              <Table.Td><Badge variant="light" color={s.status === 'present' ? 'teal' : s.status === 'absent' ? 'orange' : 'gray'}>{t(`status.${s.status}`)}</Badge></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
