import { useMemo, useState } from 'react';
import { Button, Fieldset, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { setupFormSchema } from '#shared/contract/setup';
import { minPasswordLength } from '#shared/contract/auth';
import { uiLanguages } from '#shared/contract/common';
import { ErrorAlert } from '../../components/ErrorAlert';
import { serverFieldErrors, zodValidate } from '../../forms/zod-validate';
import { useCallMutation } from '../../api/use-call';
import { useLanguage } from '../../i18n/use-language';
import { PublicLayout } from '../shell/PublicLayout';
import { municipalityOptions } from './municipality-options';
import { SecretInput } from '../../components/SecretInput';
import { RecoveryCodeNotice } from '../auth/RecoveryCodeNotice';

export function SetupPage({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['setup', 'common']);
  const language = useLanguage();
  const queryClient = useQueryClient();
  const initialise = useCallMutation('setup.initialise');
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      centre: { name: '', country: 'LV', municipality: '', language },
      admin: { username: '', fullName: '', password: '' },
      passwordRepeat: '',
    },
    validate: zodValidate(setupFormSchema),
  });
  const country = form.getValues().centre.country;
  const municipalities = useMemo(() => municipalityOptions(country, language), [country, language]);

  const submit = form.onSubmit(async ({ centre, admin }) => {
    try {
      // The centre stays "not set up" for this screen until the code is written down: the status is
      // refreshed only then, so the login page cannot replace the code before it was seen.
      setRecoveryCode((await initialise.mutateAsync({ centre, admin })).recoveryCode);
    } catch (error) {
      const issues = (error as { error?: { issues?: [] } }).error?.issues;
      form.setErrors(serverFieldErrors(issues));
    }
  });

  const finish = async () => {
    await queryClient.invalidateQueries({ queryKey: ['setup.status'] });
    onDone();
  };

  if (recoveryCode) {
    return (
      <PublicLayout>
        <Paper withBorder shadow="sm" p="xl" radius="md" maw={560} mx="auto" mt="xl">
          <RecoveryCodeNotice code={recoveryCode} intro={t('setup:recoveryIntro')} onDone={() => void finish()} />
        </Paper>
      </PublicLayout>
    );
  }

  return (
    <PublicLayout>
      <Paper withBorder shadow="sm" p="xl" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              {t('setup:title')}
            </Title>
            <Text>{t('setup:intro')}</Text>
            <Fieldset legend={t('setup:centreSection')}>
              <Stack>
                <TextInput label={t('setup:centreName')} withAsterisk {...form.getInputProps('centre.name')} />
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Select
                    label={t('setup:country')}
                    withAsterisk
                    allowDeselect={false}
                    data={(['LV', 'LT'] as const).map((c) => ({ value: c, label: t(`common:country.${c}`) }))}
                    {...form.getInputProps('centre.country')}
                    onChange={(value) => {
                      form.setFieldValue('centre.country', value === 'LT' ? 'LT' : 'LV');
                      form.setFieldValue('centre.municipality', '');
                    }}
                  />
                  <Select
                    label={t('setup:municipality')}
                    withAsterisk
                    searchable
                    placeholder={t('setup:municipalityPlaceholder')}
                    nothingFoundMessage={t('setup:nothingFound')}
                    data={municipalities}
                    {...form.getInputProps('centre.municipality')}
                  />
                  <Select
                    label={t('setup:language')}
                    withAsterisk
                    allowDeselect={false}
                    data={uiLanguages.map((code) => ({ value: code, label: t(`common:language.${code}`) }))}
                    {...form.getInputProps('centre.language')}
                  />
                </SimpleGrid>
              </Stack>
            </Fieldset>
            <Fieldset legend={t('setup:adminSection')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('setup:fullName')} withAsterisk {...form.getInputProps('admin.fullName')} />
                <TextInput
                  label={t('setup:username')}
                  description={t('setup:usernameHint')}
                  withAsterisk
                  autoComplete="username"
                  {...form.getInputProps('admin.username')}
                />
                <SecretInput
                  label={t('setup:password')}
                  description={t('setup:passwordHint', { count: minPasswordLength })}
                  withAsterisk
                  autoComplete="new-password"
                  {...form.getInputProps('admin.password')}
                />
                <SecretInput
                  label={t('setup:passwordRepeat')}
                  withAsterisk
                  autoComplete="new-password"
                  {...form.getInputProps('passwordRepeat')}
                />
              </SimpleGrid>
            </Fieldset>
            <ErrorAlert error={initialise.error} />
            <Button type="submit" loading={initialise.isPending}>
              {t('setup:submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </PublicLayout>
  );
}
