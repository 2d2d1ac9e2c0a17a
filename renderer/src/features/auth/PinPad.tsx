import { useState, type FormEvent } from 'react';
import { Button, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SecretInput } from '../../components/SecretInput';

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * A PIN field with an on-screen pad for touch screens. The field keeps the focus, so the keyboard works
 * as usual: digits type, Backspace deletes, Enter signs in.
 */
export function PinPad({ onSubmit, loading }: { onSubmit: (pin: string) => void; loading: boolean }) {
  const { t } = useTranslation('auth');
  const [pin, setPin] = useState('');
  const press = (digit: string) => setPin((current) => (current.length < 6 ? current + digit : current));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pin.length < 4) return;
    onSubmit(pin);
    setPin('');
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm" maw={260}>
        <SecretInput
          label={t('pin')}
          autoFocus
          autoComplete="off"
          inputMode="numeric"
          maxLength={6}
          value={pin}
          onChange={(event) => setPin(event.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
        />
        <SimpleGrid cols={3} spacing="xs">
          {digits.map((digit) => (
            <Button key={digit} variant="default" size="lg" tabIndex={-1} onClick={() => press(digit)}>
              {digit}
            </Button>
          ))}
          <Button variant="default" size="lg" tabIndex={-1} aria-label={t('pinErase')} onClick={() => setPin((p) => p.slice(0, -1))}>
            {'⌫'}
          </Button>
          <Button variant="default" size="lg" tabIndex={-1} onClick={() => press('0')}>
            {'0'}
          </Button>
          <Button type="submit" size="lg" loading={loading} aria-label={t('pinSubmit')}>
            {'✓'}
          </Button>
        </SimpleGrid>
      </Stack>
    </form>
  );
}
