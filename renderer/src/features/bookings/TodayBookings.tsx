import { useMemo } from 'react';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Booking } from '#shared/contract/bookings';
import { useCall } from '../../api/use-call';

/** The day's bookings per client, fetched once for the whole board. */
export function useDayBookings(date: string): Map<number, Booking[]> {
  const day = useCall('bookings.day', { date }, { staleTime: 30_000 });
  // One map per answer, so each row gets the same array until its bookings change (the rows are memoised).
  return useMemo(() => {
    const byClient = new Map<number, Booking[]>();
    for (const booking of day.data?.bookings ?? []) byClient.set(booking.clientId, [...(byClient.get(booking.clientId) ?? []), booking]);
    return byClient;
  }, [day.data]);
}

/** Next to a client on the day board: "Hydromassage 10:00", one small badge per booking. */
export function TodayBookings({ bookings }: { bookings: Booking[] | undefined }) {
  const { t } = useTranslation('bookings');
  if (!bookings || bookings.length === 0) return null;
  const list = bookings.map((b) => `${b.resourceName} ${b.startTime}`).join(', ');
  return (
    <Group gap={4} aria-label={t('board.label', { list })} role="note">
      {bookings.map((b) => (
        <Badge key={b.id} size="sm" variant="light" color={b.status === 'done' ? 'teal' : 'grape'} style={{ textTransform: 'none' }}>
          {`${b.resourceName} ${b.startTime}`}
        </Badge>
      ))}
    </Group>
  );
}
