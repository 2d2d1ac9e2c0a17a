import { useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useToday } from '../clock/TodayProvider';
import { openHashRoute } from '../print/use-hash-query';
import { ObservationChart } from './ObservationChart';
import { periodFrom, type Period } from './observation-chart';
import { personName } from './names';

const notesShown = 60;

/** `#/dementia/clients/:id`: a participant's observations as a chart (90 days unless chosen) with the notes below. */
export function ParticipantObservationsPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('dementia');
  const language = useLanguage();
  const today = useToday();
  const [period, setPeriod] = useState<Period>('days90');
  const from = periodFrom(period, today);
  const [allNotes, setAllNotes] = useState(false);
  // The previous period stays on screen while the next one loads: the page is not torn down and rebuilt.
  const history = useCall('dementia.observations.history', { clientId, from, to: today }, { refetchOnWindowFocus: false, placeholderData: keepPreviousData });
  if (!history.data) return <ErrorAlert error={history.error} />;
  const { client, observations } = history.data;
  const allNoted = observations.filter((o) => o.note || o.helped || o.behaviours.length > 0).reverse();
  // Five years hold over a thousand notes: the latest come first, the rest on request.
  const notes = allNotes ? allNoted : allNoted.slice(0, notesShown);
  return (
    <Stack>
      <Anchor component={Link} href={`/clients/${clientId}`}>{t('chart.back')}</Anchor>
      <Title order={1} size="h2">{`${personName(client)}: ${t('group.participantPage')}`}</Title>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('chart.period')}
          value={period}
          onChange={(v) => setPeriod(v)}
          data={(['days90', 'year1', 'years5'] as const).map((p) => ({ value: p, label: t(`chart.${p}`) }))}
        />
        <Button variant="default" onClick={() => openHashRoute(`/print/observations/${clientId}`, { lang: client.language, from, to: today })}>
          {t('chart.print')}
        </Button>
      </Group>
      <Title order={2} size="h4">{t('chart.title')}</Title>
      {observations.length === 0 ? <Text c="dimmed">{t('chart.noData')}</Text> : (
        <section aria-label={t('chart.title')} data-testid="observation-chart-region">
          <ObservationChart observations={observations} />
        </section>
      )}
      <Title order={2} size="h4">{t('chart.notes')}</Title>
      <Table aria-label={t('chart.notes')} verticalSpacing="xs">
        <Table.Tbody>
          {notes.map((o) => (
            <Table.Tr key={o.date}>
              <Table.Td w={110}>{formatDate(o.date, language)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {o.behaviours.map((b) => (
                    <Badge key={b} color="red" variant="light">{(t as unknown as (k: string) => string)(`behaviour.${b}`)}</Badge>
                  ))}
                </Group>
                {o.helped && <Text size="sm">{`${t('obs.helped')}: ${o.helped}`}</Text>}
                {o.note && <Text size="sm">{o.note}</Text>}
              </Table.Td>
              <Table.Td w={180}><Text size="xs" c="dimmed">{o.recordedByName ?? ''}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {notes.length < allNoted.length && (
        <Button variant="subtle" onClick={() => setAllNotes(true)}>
          {t('chart.showAllNotes', { count: allNoted.length })}
        </Button>
      )}
    </Stack>
  );
}
