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
import { RecoverForm } from './RecoverForm';

/**
 * The switch-user screen: the staff tiles of the shared PC (PIN or password for the picked one) and, for
 * everyone, the username and password form. Used as the login page and as the lock screen; the login
 * page also offers the administrator's recovery code (`allowRecovery`).
 */
export function SignInPanel({ title, notice, allowRecovery = false }: { title: string; notice?: string; allowRecovery?: boolean }) {
  const { t } = useTranslation(['auth', 'common']);
  const tiles = useCall('auth.tiles', {}, { staleTime: 0 });
  const [picked, setPicked] = useState<StaffTile | null>(null);
  const [recovering, setRecovering] = useState(false);
  const [recovered, setRecovered] = useState(false);
  const login = useLogin();
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: zodValidate(contract['auth.login'].input),
  });
  const tileList = tiles.data?.tiles ?? [];

  if (recovering) {
    const done = () => {
      setRecovering(false);
      setRecovered(true);
    };
    return (
      <Paper withBorder shadow="sm" p="xl" radius="md" maw={560} mx="auto" mt="xl">
        <RecoverForm onBack={() => setRecovering(false)} onDone={done} />
      </Paper>
    );
  }

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md" maw={560} mx="auto" mt="xl">
      <Stack>
        <Title order={1} size="h2">
          {title}
        </Title>
        {recovered ? <Text c="teal.9">{t('auth:recoveredNotice')}</Text> : notice && <Text c="teal.9">{notice}</Text>}
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
                {allowRecovery && (
                  <Button variant="subtle" size="xs" onClick={() => setRecovering(true)}>
                    {t('auth:recoverLink')}
                  </Button>
                )}
              </Stack>
            </form>
          </>
        )}
      </Stack>
    </Paper>
  );
}
