import { useState } from 'react';
import { useToday } from '../clock/TodayProvider';
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CentreDayKind } from '#shared/domain/calendar';
import { monthOf, previousMonth } from '#shared/domain/month';
import { useCallMutation, useLanguageCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { formatMonthTitle } from '../print/format-print';
import { CalendarDayRow } from './CalendarDayRow';

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The centre calendar a manager keeps: transferred days off and the Saturdays worked instead. */
export function CalendarPage() {
  const { t } = useTranslation('calendar');
  const language = useLanguage();
  const today = useToday();
  const queryClient = useQueryClient();
  const [month, setMonth] = useState(monthOf(today));
  // Holiday names come in the caller's language: a language switch fetches them again.
  const calendar = useLanguageCall('calendar.month', { month }, language);
  const setDay = useCallMutation('calendar.setDay');
  const [busyDate, setBusyDate] = useState<string | null>(null);

  const onSet = (date: string, kind: CentreDayKind | null, note: string) => {
    setBusyDate(date);
    setDay
      .mutateAsync({ date, kind, ...(note.trim() ? { note } : {}) })
      .then(() => queryClient.invalidateQueries({ queryKey: ['calendar.month'] }), () => undefined)
      .finally(() => setBusyDate(null));
  };
  const workingCount = calendar.data?.days.filter((d) => d.working).length ?? 0;

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text>{t('intro')}</Text>
      <Group>
        <Button variant="default" onClick={() => setMonth(previousMonth(month))}>
          {t('previous')}
        </Button>
        <Title order={2} size="h4" aria-live="polite">
          {formatMonthTitle(month, language)}
        </Title>
        <Button variant="default" onClick={() => setMonth(nextMonth(month))}>
          {t('next')}
        </Button>
        {calendar.data && <Text c="dimmed">{t('workingDays', { count: workingCount })}</Text>}
      </Group>
      <ErrorAlert error={calendar.error ?? setDay.error} />
      {calendar.data && (
        <Table>
          <Table.Tbody>
            {calendar.data.days.map((day) => (
              <CalendarDayRow key={`${day.date}:${day.centre ?? ''}`} day={day} busy={busyDate === day.date} onSet={(kind, note) => onSet(day.date, kind, note)} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
