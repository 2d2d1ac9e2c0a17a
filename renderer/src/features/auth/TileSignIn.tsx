import { useState } from 'react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffTile } from '#shared/contract/auth';
import { useCallMutation } from '../../api/use-call';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PinPad } from './PinPad';
import { useAfterSignIn } from './use-session';
import { SecretInput } from '../../components/SecretInput';

/** Signing in as the picked tile: the PIN pad when the PIN works, else (or on request) the password. */
export function TileSignIn({ tile, onBack }: { tile: StaffTile; onBack: () => void }) {
  const { t } = useTranslation('auth');
  const [mode, setMode] = useState<'pin' | 'password'>(tile.pinUsable ? 'pin' : 'password');
  const [password, setPassword] = useState('');
  const pinLogin = useCallMutation('auth.pinLogin');
  const tileLogin = useCallMutation('auth.tileLogin');
  const afterSignIn = useAfterSignIn();

  const withPin = (pin: string) =>
    pinLogin.mutateAsync({ staffId: tile.id, pin }).then(afterSignIn, (error: unknown) => {
      // Too many wrong PINs: only the password can help now, so offer it straight away.
      if (error instanceof ApiError && error.error.code === 'auth.pinDisabled') setMode('password');
    });
  const withPassword = () => tileLogin.mutateAsync({ staffId: tile.id, password }).then(afterSignIn, () => setPassword(''));

  return (
    <Stack>
      <Text fw={600} size="lg">
        {tile.fullName}
      </Text>
      {mode === 'pin' ? (
        <PinPad loading={pinLogin.isPending} onSubmit={(pin) => void withPin(pin)} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (password) void withPassword();
          }}
        >
          <Stack maw={320}>
            <SecretInput label={t('password')} autoFocus autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            <Button type="submit" loading={tileLogin.isPending}>
              {t('submit')}
            </Button>
          </Stack>
        </form>
      )}
      <ErrorAlert error={mode === 'pin' ? pinLogin.error : (tileLogin.error ?? pinLogin.error)} />
      <Group>
        <Anchor component="button" type="button" onClick={onBack}>
          {t('otherUser')}
        </Anchor>
        {mode === 'pin' && (
          <Anchor component="button" type="button" onClick={() => setMode('password')}>
            {t('usePassword')}
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}
