import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { PasswordField } from '../../components/PasswordField';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '#shared/contract/index';
import { ErrorAlert } from '../../components/ErrorAlert';
import { zodValidate } from '../../forms/zod-validate';
import { useLogin } from './use-session';
import { PublicLayout } from '../shell/PublicLayout';

export function LoginPage({ notice }: { notice?: string }) {
  const { t } = useTranslation(['auth', 'common']);
  const login = useLogin();
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: zodValidate(contract['auth.login'].input),
  });

  return (
    <PublicLayout>
      <Paper withBorder shadow="sm" p="xl" radius="md" maw={420} mx="auto" mt="xl">
        <form onSubmit={form.onSubmit((values) => login.login(values.username, values.password).catch(() => undefined))}>
          <Stack>
            <Title order={1} size="h2">
              {t('auth:title')}
            </Title>
            {notice && <Text c="teal.8">{notice}</Text>}
            <TextInput label={t('auth:username')} autoComplete="username" autoFocus {...form.getInputProps('username')} />
            <PasswordField label={t('auth:password')} autoComplete="current-password" {...form.getInputProps('password')} />
            <ErrorAlert error={login.error} />
            <Button type="submit" loading={login.isPending}>
              {t('auth:submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </PublicLayout>
  );
}
