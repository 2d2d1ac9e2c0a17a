import { useState } from 'react';
import { useToday } from '../clock/TodayProvider';
import { Button, Checkbox, Chip, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { sessionCreateSchema, sessionSeriesSchema, type Activity } from '#shared/contract/activities';
import { isoWeekdays } from '#shared/domain/services';
import { addDays, isoWeekday } from '#shared/domain/local-date';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { zodValidate } from '../../forms/zod-validate';
import { formatWeekday } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { activityName } from './activity-name';
import { LocalDateInput } from '../../components/LocalDateInput';
import { LocalTimeInput } from '../../components/LocalTimeInput';

/** One session, or a weekly plan ("every Tuesday 10:00 from … until …") that creates them all. */
export function SessionForm({ activities, onCreated }: { activities: Activity[]; onCreated: (date: string) => void }) {
  const { t } = useTranslation(['sessions', 'common']);
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const today = useToday();
  const form = useForm({
    initialValues: {
      activityId: null as string | null, date: today, startTime: '10:00', endTime: '11:00', leader: '', room: '',
      capacity: '' as number | string, note: '', repeat: false, from: today, to: addDays(today, 28), weekdays: [String(isoWeekday(today))],
    },
  });

  const submit = form.onSubmit(async (v) => {
    const common = {
      activityId: Number(v.activityId ?? 0), startTime: v.startTime, endTime: v.endTime,
      ...(v.leader.trim() ? { leader: v.leader } : {}), ...(v.room.trim() ? { room: v.room } : {}),
      ...(typeof v.capacity === 'number' ? { capacity: v.capacity } : {}), ...(v.note.trim() ? { note: v.note } : {}),
    };
    const input = v.repeat ? { ...common, from: v.from, to: v.to, weekdays: v.weekdays.map(Number) } : { ...common, date: v.date };
    const errors = v.repeat ? zodValidate(sessionSeriesSchema)(input as never) : zodValidate(sessionCreateSchema)(input as never);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    try {
      setError(null);
      if (v.repeat) {
        const result = await api.call('sessions.createSeries', input as Parameters<typeof api.call<'sessions.createSeries'>>[1]);
        setNotice(t('create.seriesDone', { count: result.sessionIds.length }));
        onCreated(v.from);
      } else {
        const result = await api.call('sessions.create', input as Parameters<typeof api.call<'sessions.create'>>[1]);
        navigate(`/sessions/${result.session.id}`);
      }
    } catch (failure) {
      setError(failure);
    }
  });

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4">{t('create.title')}</Title>
          <Select label={t('field.activity')} data={activities.filter((a) => a.active).map((a) => ({ value: String(a.id), label: activityName(a, language) }))} searchable {...form.getInputProps('activityId')} />
          <Checkbox label={t('field.repeat')} {...form.getInputProps('repeat', { type: 'checkbox' })} />
          {form.values.repeat ? (
            <>
              <Group grow>
                <LocalDateInput label={t('field.from')} {...form.getInputProps('from')} />
                <LocalDateInput label={t('field.to')} {...form.getInputProps('to')} />
              </Group>
              <Text size="sm" fw={500}>{t('field.weekdays')}</Text>
              <Chip.Group multiple {...form.getInputProps('weekdays')}>
                <Group gap={4}>
                  {isoWeekdays.map((d) => <Chip key={d} value={String(d)} size="xs">{formatWeekday(d, language)}</Chip>)}
                </Group>
              </Chip.Group>
            </>
          ) : (
            <LocalDateInput label={t('field.date')} {...form.getInputProps('date')} />
          )}
          <Group grow>
            <LocalTimeInput label={t('field.startTime')} {...form.getInputProps('startTime')} />
            <LocalTimeInput label={t('field.endTime')} {...form.getInputProps('endTime')} />
          </Group>
          <TextInput label={t('field.leader')} {...form.getInputProps('leader')} />
          <Group grow>
            <TextInput label={t('field.room')} {...form.getInputProps('room')} />
            <NumberInput label={t('field.capacity')} min={1} max={500} {...form.getInputProps('capacity')} />
          </Group>
          <ErrorAlert error={error} />
          {notice && <Text c="teal.9" role="status">{notice}</Text>}
          <Button type="submit">{t('create.submit')}</Button>
        </Stack>
      </form>
    </Paper>
  );
}
