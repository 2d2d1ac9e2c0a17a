import { useState } from 'react';
import { Button, Divider, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '#shared/contract/index';
import type { StaffTile } from '#shared/contract/auth';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { zodValidate } from '../../forms/zod-validate';
import { useLogin } from './use-session';
import { StaffTiles } from './StaffTiles';
import { TileSignIn } from './TileSignIn';
import { SecretInput } from '../../components/SecretInput';

/**
 * The switch-user screen: the staff tiles of the shared PC (PIN or password for the picked one) and, for
 * everyone, the username and password form. Used as the login page and as the lock screen.
 */
export function SignInPanel({ title, notice }: { title: string; notice?: string }) {
  const { t } = useTranslation(['auth', 'common']);
  const tiles = useCall('auth.tiles', {}, { staleTime: 0 });
  const [picked, setPicked] = useState<StaffTile | null>(null);
  const login = useLogin();
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: zodValidate(contract['auth.login'].input),
  });
  const tileList = tiles.data?.tiles ?? [];

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md" maw={560} mx="auto" mt="xl">
      <Stack>
        <Title order={1} size="h2">
          {title}
        </Title>
        {notice && <Text c="teal.8">{notice}</Text>}
        {picked ? (
          <TileSignIn tile={picked} onBack={() => setPicked(null)} />
        ) : (
          <>
            {tileList.length > 0 && (
              <section aria-label={t('auth:whoIsWorking')}>
                <Stack gap="xs">
                  <Text fw={500}>{t('auth:whoIsWorking')}</Text>
                  <StaffTiles tiles={tileList} onPick={setPicked} />
                </Stack>
              </section>
            )}
            {tileList.length > 0 && <Divider label={t('auth:orUsername')} labelPosition="center" />}
            <form onSubmit={form.onSubmit((values) => login.login(values.username, values.password).catch(() => undefined))}>
              <Stack>
                <TextInput label={t('auth:username')} autoComplete="username" {...form.getInputProps('username')} />
                <SecretInput label={t('auth:password')} autoComplete="current-password" {...form.getInputProps('password')} />
                <ErrorAlert error={login.error} />
                <Button type="submit" loading={login.isPending}>
                  {t('auth:submit')}
                </Button>
              </Stack>
            </form>
          </>
        )}
      </Stack>
    </Paper>
  );
}
