import { useRef, type KeyboardEvent } from 'react';
import { Badge, Box, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Booking, ClosedBookingDay, Resource } from '#shared/contract/bookings';
import { isoWeekday } from '#shared/domain/local-date';
import { formatDay } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { minutesOf, slotTimes } from './use-bookings';

const statusColor: Record<Booking['status'], string> = { booked: 'blue', done: 'teal', 'no-show': 'orange', cancelled: 'gray' };
const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

interface WeekCalendarProps {
  resource: Resource;
  days: string[];
  bookings: Booking[];
  /** Days the centre's calendar closes (public holidays, weekends, its days off): a slot there is booked after a question. */
  closedDays: ClosedBookingDay[];
  onFree: (date: string, time: string) => void;
  onBooking: (booking: Booking) => void;
}

/**
 * One resource's week: slot rows by day columns. A grid of buttons moved through with the arrow keys
 * (one tab stop), Enter or Space books a free slot or opens a booking.
 */
export function WeekCalendar({ resource, days, bookings, closedDays, onFree, onBooking }: WeekCalendarProps) {
  const { t } = useTranslation('bookings');
  const language = useLanguage();
  const grid = useRef<HTMLTableElement>(null);
  const times = slotTimes(resource.opensAt, resource.closesAt, resource.slotMinutes);
  const closedOn = new Map(closedDays.map((d) => [d.date, d]));
  const closedLabel = (date: string) => {
    const closed = closedOn.get(date);
    if (!closed) return t('week.closed');
    if (closed.reason === 'holiday') return t('week.holiday', { name: closed.name ?? '' });
    if (closed.reason === 'weekend') return t('week.weekend');
    return closed.name ? t('week.centreDayOffNamed', { name: closed.name }) : t('week.centreDayOff');
  };
  const bookingAt = (date: string, time: string) => {
    const start = minutesOf(time);
    const end = start + resource.slotMinutes;
    return bookings.find((b) => b.date === date && minutesOf(b.startTime) < end && minutesOf(b.endTime) > start && b.status !== 'cancelled');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const move = moves[event.code];
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!move || !cell) return;
    event.preventDefault();
    const row = Number(cell.dataset.row) + move[0];
    const col = Number(cell.dataset.col) + move[1];
    grid.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)?.focus();
  };

  return (
    <Box style={{ overflowX: 'auto' }}>
      <Text size="xs" c="dimmed" mb={4} id="week-help">{t('week.help')}</Text>
      <Table ref={grid} withColumnBorders withTableBorder aria-label={t('week.label')} aria-describedby="week-help" onKeyDown={onKeyDown} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('week.time')}</Table.Th>
            {days.map((d) => (
              <Table.Th key={d} bg={closedOn.has(d) ? 'gray.1' : undefined} data-closed={closedOn.has(d) || undefined}>
                {formatDay(d, language, 'short')}
                {closedOn.has(d) && (
                  <Text size="xs" c="dimmed" fw={400} lineClamp={2} title={closedLabel(d)}>{closedLabel(d)}</Text>
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {times.map((time, row) => (
            <Table.Tr key={time}>
              <Table.Th scope="row">{time}</Table.Th>
              {days.map((date, col) => {
                const open = resource.weekdays.includes(isoWeekday(date));
                const centreClosed = closedOn.has(date);
                const booking = open ? bookingAt(date, time) : undefined;
                const first = row === 0 && col === 0;
                if (!open) {
                  return (
                    <Table.Td key={date} bg="gray.1">
                      <UnstyledButton data-row={row} data-col={col} tabIndex={first ? 0 : -1} aria-disabled aria-label={`${formatDay(date, language, 'short')} ${time} ${closedLabel(date)}`} w="100%" h={24} />
                    </Table.Td>
                  );
                }
                if (booking) {
                  const startsHere = minutesOf(booking.startTime) >= minutesOf(time);
                  const name = `${booking.clientLastName} ${booking.clientFirstName}`;
                  return (
                    <Table.Td key={date} p={2}>
                      <UnstyledButton data-row={row} data-col={col} tabIndex={first ? 0 : -1} w="100%" onClick={() => onBooking(booking)}
                        aria-label={`${formatDay(date, language, 'short')} ${booking.startTime}–${booking.endTime} ${name}, ${t(`status.${booking.status}`)}`}>
                        <Badge fullWidth radius="xs" color={statusColor[booking.status]} variant={startsHere ? 'filled' : 'light'} style={{ textTransform: 'none' }}>
                          {startsHere ? name : '…'}
                        </Badge>
                      </UnstyledButton>
                    </Table.Td>
                  );
                }
                return (
                  <Table.Td key={date} p={2} bg={centreClosed ? 'gray.1' : undefined}>
                    <UnstyledButton data-row={row} data-col={col} tabIndex={first ? 0 : -1} w="100%" h={24} onClick={() => onFree(date, time)}
                      aria-label={`${formatDay(date, language, 'short')} ${t('week.free', { time })}${centreClosed ? ` (${closedLabel(date)})` : ''}`} className="week-free-slot" />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
