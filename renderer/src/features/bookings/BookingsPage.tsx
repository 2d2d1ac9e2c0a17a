import { useState } from 'react';
import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { canCall } from '#shared/contract/access';
import type { Booking } from '#shared/contract/bookings';
import type { Role } from '#shared/contract/define';
import { addDays } from '#shared/domain/local-date';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useToday } from '../clock/TodayProvider';
import { useHashQuery } from '../print/use-hash-query';
import { BookingModal } from './BookingModal';
import { BookModal, type BookTarget } from './BookModal';
import { ResourceModal } from './ResourceModal';
import { UtilisationChart } from './UtilisationChart';
import { mondayOf, useRefreshBookings } from './use-bookings';
import { WeekCalendar } from './WeekCalendar';
import { ItemOptionLabel } from '../equipment-maintenance/item-option';
import { SafetyOverdueBadge } from '../equipment-maintenance/SafetyOverdueBadge';

/** `#/bookings[?client=12]`: a week calendar per bookable resource; from a client's card the client is preset. */
export function BookingsPage({ role }: { role: Role }) {
  const { t } = useTranslation('bookings');
  const language = useLanguage();
  const today = useToday();
  const query = useHashQuery();
  const presetClient = /^\d{1,9}$/.test(query.get('client') ?? '') ? Number(query.get('client')) : undefined;
  const [chosenResource, setResourceId] = useState<number | null>(null);
  const [weekStart, setWeekStart] = useState(mondayOf(today));
  const [target, setTarget] = useState<BookTarget | null>(null);
  const [open, setOpen] = useState<Booking | null>(null);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const refreshBookings = useRefreshBookings();
  const canEdit = canCall(role, 'resources.update');
  // Managers see inactive resources too, so they can open them again.
  const resources = useCall('resources.list', canEdit ? { includeInactive: true } : {});
  const list = resources.data?.resources ?? [];
  const resourceId = chosenResource ?? list[0]?.id ?? null;
  const week = useCall('bookings.week', { resourceId: resourceId ?? 1, weekStart }, { enabled: resourceId !== null });
  const resource = week.data?.resource;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t('title')}</Title>
        {canCall(role, 'resources.create') && <Button variant="light" onClick={() => setAdding(true)}>{t('resources.add')}</Button>}
      </Group>
      <ErrorAlert error={resources.error ?? week.error} />
      {resources.isSuccess && list.length === 0 && <Text c="dimmed">{t('noResources')}</Text>}
      {list.length > 0 && (
        <Group align="flex-end">
          <Select
            label={t('resource')}
            data={list.map((r) => ({ value: String(r.id), label: r.active ? r.name : t('resources.inactive', { name: r.name }) }))}
            value={resourceId === null ? null : String(resourceId)}
            onChange={(value) => value && setResourceId(Number(value))}
            allowDeselect={false}
            renderOption={({ option }) => <ItemOptionLabel label={option.label} itemId={list.find((r) => String(r.id) === option.value)?.itemId} />}
          />
          {resource?.itemId ? <SafetyOverdueBadge itemId={resource.itemId} /> : null}
          {canEdit && resource && <Button variant="light" onClick={() => setEditing(true)}>{t('resources.edit')}</Button>}
          <Button variant="default" onClick={() => setWeekStart(addDays(weekStart, -7))}>{t('week.previous')}</Button>
          <Button variant="default" onClick={() => setWeekStart(mondayOf(today))}>{t('week.current')}</Button>
          <Button variant="default" onClick={() => setWeekStart(addDays(weekStart, 7))}>{t('week.next')}</Button>
          <Text aria-live="polite">{`${formatDate(weekStart, language)} – ${formatDate(addDays(weekStart, 6), language)}`}</Text>
        </Group>
      )}
      {resource?.blocked && (
        <Alert color="red" variant="light" role="alert">
          {t(`blocked.${resource.blocked}`)}
        </Alert>
      )}
      {resource && week.data && (
        <WeekCalendar
          resource={resource}
          days={week.data.days}
          bookings={week.data.bookings}
          closedDays={week.data.closedDays}
          onFree={(date, startTime) => setTarget({ date, startTime, ...(presetClient ? { clientId: presetClient } : {}) })}
          onBooking={setOpen}
        />
      )}
      {resource && <BookModal resource={resource} target={target} onClose={() => setTarget(null)} />}
      <BookingModal booking={open} onClose={() => setOpen(null)} />
      <ResourceModal
        opened={adding}
        onClose={(id) => {
          setAdding(false);
          if (id) {
            void resources.refetch();
            setResourceId(id);
          }
        }}
      />
      <ResourceModal
        opened={editing && Boolean(resource)}
        resource={resource ?? null}
        onClose={(id) => {
          setEditing(false);
          if (id) {
            void resources.refetch();
            refreshBookings();
          }
        }}
      />
      {canCall(role, 'bookings.utilisation') && <UtilisationChart />}
    </Stack>
  );
}
