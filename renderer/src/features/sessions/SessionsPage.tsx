import { useState } from 'react';
import { useToday } from '../clock/TodayProvider';
import { ActionIcon, Anchor, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { addDays, isoWeekday } from '#shared/domain/local-date';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { activityName } from './activity-name';
import { ActivityCatalogue } from './ActivityCatalogue';
import { SessionForm } from './SessionForm';
import { useCanRunSessions, useSessionsLive } from './use-sessions-live';

const mondayOf = (date: string) => addDays(date, 1 - isoWeekday(date));

/** A week of group sessions, a form for new ones (single or repeating), and the activity catalogue. */
export function SessionsPage() {
  const { t } = useTranslation('sessions');
  const language = useLanguage();
  const today = useToday();
  const [from, setFrom] = useState(() => mondayOf(today));
  const to = addDays(from, 6);
  const sessions = useCall('sessions.list', { from, to });
  const activities = useCall('activities.list', {});
  const canRun = useCanRunSessions();
  useSessionsLive();
  const byId = new Map((activities.data?.activities ?? []).map((a) => [a.id, a]));

  return (
    <Stack>
      <Title order={1} size="h2">{t('title')}</Title>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: canRun ? 8 : 12 }}>
          <Stack>
            <Group>
              <ActionIcon variant="default" aria-label={t('previousWeek')} title={t('previousWeek')} onClick={() => setFrom(addDays(from, -7))}>{'‹'}</ActionIcon>
              <Text fw={500}>{t('week', { from: formatDay(from, language, 'short'), to: formatDay(to, language, 'short') })}</Text>
              <ActionIcon variant="default" aria-label={t('nextWeek')} title={t('nextWeek')} onClick={() => setFrom(addDays(from, 7))}>{'›'}</ActionIcon>
            </Group>
            <ErrorAlert error={sessions.error} />
            {sessions.data?.sessions.length === 0 && <Text c="dimmed">{t('none')}</Text>}
            <Table verticalSpacing="xs" aria-label={t('title')}>
              <Table.Tbody>
                {(sessions.data?.sessions ?? []).map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{formatDay(s.date, language, 'short')}</Table.Td>
                    <Table.Td>{`${s.startTime}–${s.endTime}`}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} href={`/sessions/${s.id}`} fw={500}>{activityName(byId.get(s.activityId ?? -1), language)}</Anchor>
                    </Table.Td>
                    <Table.Td>{s.leader ?? ''}</Table.Td>
                    <Table.Td>{s.room ?? ''}</Table.Td>
                    <Table.Td>{t('participants', { count: s.participants, present: s.present })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Grid.Col>
        {canRun && (
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack>
              <SessionForm activities={activities.data?.activities ?? []} onCreated={(date) => setFrom(mondayOf(date))} />
              <ActivityCatalogue activities={activities.data?.activities ?? []} />
            </Stack>
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
