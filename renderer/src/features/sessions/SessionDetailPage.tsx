import { useState } from 'react';
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MethodInput } from '#shared/contract/index';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { openHashRoute } from '../print/use-hash-query';
import { activityName } from './activity-name';
import { candidateGroups } from './candidate-groups';
import { ClientUsageSection as SessionEquipmentUsage } from '../equipment-maintenance/ClientUsageSection';
import { useCanRunSessions, useSessionsLive } from './use-sessions-live';

const statusColour = { planned: 'gray', present: 'teal', absent: 'orange' } as const;

/** One session: who takes part, marked present or absent with one click; each name leads to the client's sessions. */
export function SessionDetailPage({ id }: { id: number }) {
  const { t } = useTranslation('sessions');
  const language = useLanguage();
  const detail = useCall('sessions.get', { id });
  const activities = useCall('activities.list', {});
  const candidates = useCall('sessions.candidates', { sessionId: id });
  const canRun = useCanRunSessions();
  const [error, setError] = useState<unknown>(null);
  useSessionsLive();
  const change = async (method: 'sessions.addParticipant' | 'sessions.removeParticipant', input: MethodInput<'sessions.addParticipant'>) => {
    try {
      setError(null);
      await api.call(method, input);
      await Promise.all([detail.refetch(), candidates.refetch()]);
    } catch (failure) {
      setError(failure);
    }
  };
  const mark = async (clientId: number, status: 'present' | 'absent') => {
    try {
      setError(null);
      await api.call('sessions.markParticipant', { sessionId: id, clientId, status });
      await detail.refetch();
    } catch (failure) {
      setError(failure);
    }
  };
  if (!detail.data) return <ErrorAlert error={detail.error} />;
  const { session, participants } = detail.data;
  const activity = activities.data?.activities.find((a) => a.id === session.activityId);
  return (
    <Stack>
      <Anchor component={Link} href="/sessions">{t('detail.back')}</Anchor>
      <Title order={1} size="h2">{activityName(activity, language)}</Title>
      <Text size="lg">{`${formatDay(session.date, language)}, ${session.startTime}–${session.endTime}${session.room ? ` · ${session.room}` : ''}${session.leader ? ` · ${session.leader}` : ''}`}</Text>
      <Group justify="space-between">
        <Text>{t('participants', { count: session.participants, present: session.present })}</Text>
        <Button variant="default" onClick={() => openHashRoute(`/print/session/${id}`, { lang: language })}>{t('detail.print')}</Button>
      </Group>
      <ErrorAlert error={error} />
      <Title order={2} size="h4">{t('detail.participants')}</Title>
      {participants.length === 0 && <Text c="dimmed">{t('detail.noParticipants')}</Text>}
      <Table aria-label={t('detail.participants')} verticalSpacing="xs">
        <Table.Tbody>
          {participants.map((p) => (
            <Table.Tr key={p.clientId}>
              <Table.Td>
                <Anchor component={Link} href={`/clients/${p.clientId}/sessions`} title={t('detail.clientSessions')}>{`${p.lastName} ${p.firstName}`}</Anchor>
              </Table.Td>
              <Table.Td><Badge color={statusColour[p.status]} variant="light">{t(`status.${p.status}`)}</Badge></Table.Td>
              {canRun && (
                <Table.Td>
                  <Group gap="xs">
                    <Button size="xs" variant={p.status === 'present' ? 'filled' : 'light'} aria-label={`${t('detail.present')}: ${p.lastName} ${p.firstName}`} onClick={() => void mark(p.clientId, 'present')}>{t('detail.present')}</Button>
                    <Button size="xs" color="orange" variant={p.status === 'absent' ? 'filled' : 'light'} aria-label={`${t('detail.absent')}: ${p.lastName} ${p.firstName}`} onClick={() => void mark(p.clientId, 'absent')}>{t('detail.absent')}</Button>
                    <Button size="xs" variant="subtle" color="gray" onClick={() => void change('sessions.removeParticipant', { sessionId: id, clientId: p.clientId })}>{t('detail.remove')}</Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canRun && (
        <Select
          label={t('detail.add')}
          placeholder={t('detail.addPlaceholder')}
          searchable
          value={null}
          maw={360}
          limit={100}
          data={candidateGroups(candidates.data?.clients ?? [], language, t)}
          onChange={(value) => value && void change('sessions.addParticipant', { sessionId: id, clientId: Number(value) })}
        />
      )}
      {canRun && <SessionEquipmentUsage sessionId={id} date={session.date} />}
    </Stack>
  );
}
