import { useEffect, useState } from 'react';
import { Button, Checkbox, Group, Loader, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { centreSettingsValuesSchema, defaultIdleLockMinutes, type CentreSettingsValues } from '#shared/contract/settings';
import { defaultServedMeals, inMealOrder, mealKinds } from '#shared/domain/meals';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { zodValidate } from '../../forms/zod-validate';
import { RetentionSettings } from '../privacy/RetentionSettings';
import { EquipmentSettingsSection } from '../equipment-maintenance/EquipmentSettingsSection';

/** Centre settings (administrators only): the idle time after which the shared PC locks, the meals served. */
export function SettingsPage() {
  const { t } = useTranslation(['settings', 'common']);
  const queryClient = useQueryClient();
  const current = useCall('settings.get', {});
  const update = useCallMutation('settings.update');
  const [saved, setSaved] = useState(false);
  const form = useForm<CentreSettingsValues>({
    initialValues: { idleLockMinutes: defaultIdleLockMinutes, mealKinds: [...defaultServedMeals] },
    validate: zodValidate(centreSettingsValuesSchema),
  });
  const loaded = current.data?.settings;
  useEffect(() => {
    if (loaded) form.setValues(loaded);
    // Only when the stored values arrive; `form` is a new object every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [loaded]);

  const submit = form.onSubmit(async (values) => {
    setSaved(false);
    await update.mutateAsync(values).catch(() => undefined);
    await queryClient.invalidateQueries({ queryKey: ['settings.get'] });
    // The idle timer of this window reads the time from auth.me.
    await queryClient.invalidateQueries({ queryKey: ['auth.me'] });
    setSaved(true);
  });

  return (
    <Stack maw={480}>
      <Title order={1} size="h2">
        {t('settings:title')}
      </Title>
      <ErrorAlert error={current.error} />
      {current.isPending ? (
        <Loader aria-label={t('common:status.loading')} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <NumberInput
              label={t('settings:idleLockMinutes')}
              description={t('settings:idleLockHint')}
              min={1}
              max={240}
              allowDecimal={false}
              {...form.getInputProps('idleLockMinutes')}
              onChange={(value) => {
                setSaved(false);
                form.setFieldValue('idleLockMinutes', typeof value === 'number' ? value : Number.NaN);
              }}
            />
            <Checkbox.Group
              label={t('settings:mealKinds')}
              description={t('settings:mealKindsHint')}
              {...form.getInputProps('mealKinds')}
              onChange={(value) => {
                setSaved(false);
                form.setFieldValue('mealKinds', inMealOrder(value));
              }}
            >
              <Group gap="md" mt="xs">
                {mealKinds.map((kind) => <Checkbox key={kind} value={kind} label={t(`common:meal.${kind}`)} />)}
              </Group>
            </Checkbox.Group>
            <ErrorAlert error={update.error} />
            {saved && !update.error && <Text c="teal.9">{t('settings:saved')}</Text>}
            <Button type="submit" loading={update.isPending}>
              {t('settings:save')}
            </Button>
          </Stack>
        </form>
      )}
      <RetentionSettings />
      <EquipmentSettingsSection />
    </Stack>
  );
}
