import { useEffect, useState } from 'react';
import { Button, Group, Modal, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  clientId: number;
  name: string;
  date: string;
  /** The card needs no hand-over (not in the dementia group, or may go home alone): a plain check-out. */
  onPlainCheckOut: () => void;
  onDone: (collector: string) => void;
  onClose: () => void;
}

const other = 'other';

/** Check-out of a dementia-group client: who collects them, from the card's authorised persons or, with a manager, anyone. */
export function HandOverDialog({ clientId, name, date, onPlainCheckOut, onDone, onClose }: Props) {
  const { t } = useTranslation('safety');
  // A manager at the desk approves an override himself; anyone else needs a manager's password.
  const role = useCall('auth.me', {}).data?.staff.role;
  const isManager = role === 'manager' || role === 'administrator';
  const info = useCall('attendance.collectors', { clientId, date }, { gcTime: 0 });
  const [choice, setChoice] = useState<string>('');
  const [otherName, setOtherName] = useState('');
  const [reason, setReason] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const needed = info.data?.handOverRequired;

  useEffect(() => {
    if (needed === false) onPlainCheckOut();
  }, [needed, onPlainCheckOut]);
  if (needed === false) return null;

  const submit = async () => {
    setBusy(true);
    try {
      const override = choice === other;
      const result = await api.call('attendance.handOver', {
        clientId,
        date,
        collectedBy: override ? otherName : Number(choice),
        // Sent only when typed: a stranger without a reason is the core's translated refusal, not a form error.
        ...(override && reason.trim() ? { overrideReason: reason } : {}),
        ...(override && !isManager && username.trim() ? { approval: { username, password } } : {}),
      });
      onDone(result.handOver.collectorName);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('handOver.title')} size="lg">
      <Stack gap="sm">
        <Text>{t('handOver.intro', { name })}</Text>
        <ErrorAlert error={info.error ?? error} />
        <Radio.Group label={t('handOver.authorised')} value={choice} onChange={setChoice}>
          <Stack gap={6} mt={4}>
            {info.data?.collectors.length === 0 && <Text size="sm">{t('handOver.noCollectors')}</Text>}
            {info.data?.collectors.map((c) => (
              <Radio
                key={c.relativeId}
                value={String(c.relativeId)}
                label={[c.name, c.phone].filter(Boolean).join(', ')}
                description={c.idHint ? t('handOver.idHint', { hint: c.idHint }) : undefined}
              />
            ))}
            <Radio value={other} label={t('handOver.someoneElse')} />
          </Stack>
        </Radio.Group>
        {choice === other && (
          <>
            <TextInput label={t('handOver.otherName')} value={otherName} onChange={(e) => setOtherName(e.currentTarget.value)} required />
            <TextInput label={t('handOver.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required />
            {!isManager && (
              <Group grow>
                <TextInput label={t('handOver.managerUsername')} value={username} onChange={(e) => setUsername(e.currentTarget.value)} autoComplete="off" />
                <PasswordInput label={t('handOver.managerPassword')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="off" />
              </Group>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('handOver.cancel')}</Button>
          <Button onClick={() => void submit()} loading={busy} disabled={!choice}>{t('handOver.confirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
