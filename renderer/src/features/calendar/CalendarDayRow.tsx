import { useState } from 'react';
import { Badge, Button, Group, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { calendarDaySchema } from '#shared/contract/calendar';
import type { CentreDayKind } from '#shared/domain/calendar';
import { formatLongPrintDate } from '../print/format-print';
import { useLanguage } from '../../i18n/use-language';

type Day = z.infer<typeof calendarDaySchema>;

function DayBadge({ day }: { day: Day }) {
  const { t } = useTranslation('calendar');
  if (day.centre === 'day-off') return <Badge color="orange">{t('dayOff')}</Badge>;
  if (day.centre === 'working-day') return <Badge color="teal">{t('workingDay')}</Badge>;
  if (day.holiday) return <Badge color="red" variant="light">{`${t('holiday')}: ${day.holiday}`}</Badge>;
  if (day.weekend) return <Badge color="gray" variant="light">{t('weekend')}</Badge>;
  return <Badge color="teal" variant="outline">{t('working')}</Badge>;
}

/** One day of the centre calendar with what a manager may change about it. */
export function CalendarDayRow({ day, busy, onSet }: { day: Day; busy: boolean; onSet: (kind: CentreDayKind | null, note: string) => void }) {
  const { t } = useTranslation('calendar');
  const language = useLanguage();
  const [note, setNote] = useState(day.note ?? '');
  const off = day.weekend || day.holiday !== null;
  const dateLabel = formatLongPrintDate(day.date, language);
  return (
    <Table.Tr bg={day.working ? undefined : 'gray.1'}>
      <Table.Td>{dateLabel}</Table.Td>
      <Table.Td>
        <DayBadge day={day} />
      </Table.Td>
      <Table.Td>
        <TextInput size="xs" aria-label={`${t('note')}: ${dateLabel}`} placeholder={t('note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={200} />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" role="group" aria-label={t('actionsFor', { date: dateLabel })}>
          {day.centre !== null ? (
            <Button size="xs" variant="default" loading={busy} onClick={() => onSet(null, '')}>
              {t('clear')}
            </Button>
          ) : off ? (
            <Button size="xs" variant="light" loading={busy} onClick={() => onSet('working-day', note)}>
              {t('setWorkingDay')}
            </Button>
          ) : (
            <Button size="xs" variant="light" color="orange" loading={busy} onClick={() => onSet('day-off', note)}>
              {t('setDayOff')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
