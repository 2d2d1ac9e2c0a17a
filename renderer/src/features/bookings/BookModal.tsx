import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { bookSchema, type Resource } from '#shared/contract/bookings';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { LocalTimeInput } from '../../components/LocalTimeInput';
import { zodValidate } from '../../forms/zod-validate';
import { useClientOptions } from '../loans/use-loans';
import { minutesOf, timeOf, useRefreshBookings } from './use-bookings';

export interface BookTarget {
  date: string;
  startTime: string;
  clientId?: number;
}

/** Books a slot of `resource` for a client; the end defaults to one slot after the start. */
export function BookModal({ resource, target, onClose }: { resource: Resource; target: BookTarget | null; onClose: () => void }) {
  const { t } = useTranslation('bookings');
  return (
    <Modal opened={target !== null} onClose={onClose} title={t('book.title')}>
      {target && <BookForm key={`${target.date} ${target.startTime}`} resource={resource} target={target} onDone={onClose} />}
    </Modal>
  );
}

function BookForm({ resource, target, onDone }: { resource: Resource; target: BookTarget; onDone: () => void }) {
  const { t } = useTranslation('bookings');
  const clientOptions = useClientOptions();
  const refresh = useRefreshBookings();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      clientId: target.clientId ? String(target.clientId) : null,
      date: target.date,
      startTime: target.startTime,
      endTime: timeOf(minutesOf(target.startTime) + resource.slotMinutes),
      note: '',
    },
  });

  const submit = form.onSubmit(async (v) => {
    const input = { resourceId: resource.id, clientId: Number(v.clientId ?? 0), date: v.date, startTime: v.startTime, endTime: v.endTime, ...(v.note.trim() ? { note: v.note } : {}) };
    const errors = zodValidate(bookSchema)(input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    try {
      setError(null);
      await api.call('bookings.book', input);
      refresh();
      onDone();
    } catch (failure) {
      // Someone else may have taken the slot meanwhile: show the week as it is now.
      refresh();
      setError(failure);
    }
  });

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text fw={500}>{`${t('book.resource')}: ${resource.name}`}</Text>
        <Select label={t('book.client')} data={clientOptions} searchable data-autofocus {...form.getInputProps('clientId')} />
        <LocalDateInput label={t('book.date')} {...form.getInputProps('date')} />
        <Group grow>
          <LocalTimeInput label={t('book.startTime')} {...form.getInputProps('startTime')} />
          <LocalTimeInput label={t('book.endTime')} {...form.getInputProps('endTime')} />
        </Group>
        <TextInput label={t('book.note')} {...form.getInputProps('note')} />
        <ErrorAlert error={error} />
        <Button type="submit">{t('book.submit')}</Button>
      </Stack>
    </form>
  );
}
