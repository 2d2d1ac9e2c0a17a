import { useEffect, useState } from 'react';
import { Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { backupSettingsSchema, defaultBackupKeep, type BackupKeep, type BackupSettings } from '#shared/contract/backups';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { zodValidate } from '../../forms/zod-validate';
import { useRefreshBackups } from './use-backups';

const keepFields = [
  ['daily', 'settings.keepDaily', 90],
  ['weekly', 'settings.keepWeekly', 104],
  ['monthly', 'settings.keepMonthly', 120],
] as const satisfies readonly (readonly [keyof BackupKeep, string, number])[];

/**
 * Where backups go (a path: the browser cannot open a folder dialog on the computer running CareDesk)
 * and how many rotation keeps. The core checks that the folder exists and takes files before saving.
 */
export function BackupSettingsForm() {
  const { t } = useTranslation('backups');
  const current = useCall('backups.settings', {});
  const update = useCallMutation('backups.updateSettings');
  const refresh = useRefreshBackups();
  const [saved, setSaved] = useState(false);
  const form = useForm<BackupSettings>({
    initialValues: { folder: '', keep: { ...defaultBackupKeep } },
    validate: zodValidate(backupSettingsSchema),
  });
  const loaded = current.data?.settings;
  useEffect(() => {
    if (loaded) form.setValues(loaded);
    // Only when the stored values arrive; `form` is a new object every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [loaded]);

  const submit = form.onSubmit(async (values) => {
    setSaved(false);
    const result = await update.mutateAsync(values).catch(() => null);
    if (!result) return;
    await refresh();
    setSaved(true);
  });

  return (
    <section aria-labelledby="backup-settings-title">
      <Title order={2} size="h4" mb="xs" id="backup-settings-title">
        {t('settings.title')}
      </Title>
      <ErrorAlert error={current.error} />
      <form onSubmit={submit} noValidate>
        <Stack maw={640}>
          <TextInput
            label={t('settings.folder')}
            description={t('settings.folderHint')}
            {...form.getInputProps('folder')}
            onChange={(event) => {
              setSaved(false);
              form.setFieldValue('folder', event.currentTarget.value);
            }}
          />
          <Group grow align="flex-start">
            {keepFields.map(([kind, label, max]) => (
              <NumberInput
                key={kind}
                label={t(label)}
                min={1}
                max={max}
                allowDecimal={false}
                {...form.getInputProps(`keep.${kind}`)}
                onChange={(value) => {
                  setSaved(false);
                  form.setFieldValue(`keep.${kind}`, typeof value === 'number' ? value : Number.NaN);
                }}
              />
            ))}
          </Group>
          <ErrorAlert error={update.error} />
          {saved && !update.error && <Text c="teal.9">{t('settings.saved')}</Text>}
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
