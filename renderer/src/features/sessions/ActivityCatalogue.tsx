import { useState } from 'react';
import { Button, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '#shared/contract/index';
import type { Activity } from '#shared/contract/activities';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { zodValidate } from '../../forms/zod-validate';
import { useLanguage } from '../../i18n/use-language';
import { activityName } from './activity-name';

/** The centre's activities: switch one off when it is no longer offered, or add the centre's own. */
export function ActivityCatalogue({ activities }: { activities: Activity[] }) {
  const { t } = useTranslation('sessions');
  const language = useLanguage();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({ initialValues: { nameLv: '', nameLt: '', nameRu: '' }, validate: zodValidate(contract['activities.create'].input) });
  const act = async (work: () => Promise<unknown>) => {
    try {
      setError(null);
      await work();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h4">{t('catalogue.title')}</Title>
        {activities.map((a) => (
          <Switch
            key={a.id}
            label={activityName(a, language)}
            checked={a.active}
            aria-label={`${activityName(a, language)}: ${t('catalogue.active')}`}
            onChange={(event) => void act(() => api.call('activities.update', { id: a.id, nameLv: a.nameLv, nameLt: a.nameLt, nameRu: a.nameRu, active: event.currentTarget.checked }))}
          />
        ))}
        <form onSubmit={form.onSubmit((values) => void act(async () => { await api.call('activities.create', values); form.reset(); }))}>
          <Stack gap="xs" mt="sm">
            <Text fw={500}>{t('catalogue.add')}</Text>
            <TextInput label={t('catalogue.nameLv')} {...form.getInputProps('nameLv')} />
            <TextInput label={t('catalogue.nameLt')} {...form.getInputProps('nameLt')} />
            <TextInput label={t('catalogue.nameRu')} {...form.getInputProps('nameRu')} />
            <ErrorAlert error={error} />
            <Button type="submit" variant="light">{t('catalogue.save')}</Button>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
