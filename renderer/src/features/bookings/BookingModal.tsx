import { useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Booking } from '#shared/contract/bookings';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useRefreshBookings } from './use-bookings';

/** One booking: mark it done (writes the usage log) or no-show, or cancel it. */
export function BookingModal({ booking, onClose }: { booking: Booking | null; onClose: () => void }) {
  const { t } = useTranslation('bookings');
  const language = useLanguage();
  const refresh = useRefreshBookings();
  const [error, setError] = useState<unknown>(null);
  const act = async (change: () => Promise<unknown>) => {
    try {
      setError(null);
      await change();
      refresh();
      onClose();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Modal opened={booking !== null} onClose={() => { setError(null); onClose(); }} title={t('detail.title')}>
      {booking && (
        <Stack gap="sm">
          <Text fw={500}>{`${booking.clientLastName} ${booking.clientFirstName}`}</Text>
          <Text>{`${booking.resourceName}, ${formatDay(booking.date, language, 'short')} ${booking.startTime}–${booking.endTime}`}</Text>
          {booking.note && <Text size="sm">{booking.note}</Text>}
          <Badge style={{ alignSelf: 'flex-start' }}>{t(`status.${booking.status}`)}</Badge>
          <ErrorAlert error={error} />
          <Group>
            {booking.status === 'booked' && (
              <>
                <Button color="teal" onClick={() => void act(() => api.call('bookings.setStatus', { id: booking.id, status: 'done' }))}>{t('detail.done')}</Button>
                <Button color="orange" onClick={() => void act(() => api.call('bookings.setStatus', { id: booking.id, status: 'no-show' }))}>{t('detail.noShow')}</Button>
                <Button variant="light" color="red" onClick={() => void act(() => api.call('bookings.cancel', { id: booking.id }))}>{t('detail.cancel')}</Button>
              </>
            )}
            {booking.status === 'no-show' && (
              <Button variant="light" onClick={() => void act(() => api.call('bookings.setStatus', { id: booking.id, status: 'booked' }))}>{t('detail.reopen')}</Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
