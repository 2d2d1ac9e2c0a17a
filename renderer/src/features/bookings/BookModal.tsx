import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { bookSchema, centreClosedCodes, type Resource } from '#shared/contract/bookings';
import { api, ApiError } from '../../api/client';
import { translateErrorKey } from '../../forms/translate-error';
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
  // The centre is closed that day: the refusal names why, and booking again with confirmClosedDay books.
  const [closed, setClosed] = useState<{ error: ApiError; input: z.infer<typeof bookSchema> } | null>(null);
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
    await book(input);
  });

  const book = async (input: z.infer<typeof bookSchema>) => {
    try {
      setError(null);
      setClosed(null);
      await api.call('bookings.book', input);
      refresh();
      onDone();
    } catch (failure) {
      if (failure instanceof ApiError && (centreClosedCodes as readonly string[]).includes(failure.error.code) && !input.confirmClosedDay) {
        setClosed({ error: failure, input });
        return;
      }
      // Someone else may have taken the slot meanwhile: show the week as it is now.
      refresh();
      setError(failure);
    }
  };

  if (closed) {
    return (
      <Stack gap="sm">
        <Alert color="yellow" variant="light" role="alert" title={t('closed.title')}>
          {translateErrorKey(t, closed.error.error.code, closed.error.error.params ?? {})}
        </Alert>
        <Text fw={600}>{t('closed.question')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setClosed(null)}>{t('closed.cancel')}</Button>
          <Button data-autofocus onClick={() => void book({ ...closed.input, confirmClosedDay: true })}>{t('closed.confirm')}</Button>
        </Group>
      </Stack>
    );
  }

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
