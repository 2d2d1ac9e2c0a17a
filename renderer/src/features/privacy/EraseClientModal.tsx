import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PastRetentionClient } from '#shared/contract/privacy';
import { confirmsName } from '#shared/domain/retention';
import { useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';

interface EraseClientModalProps {
  client: PastRetentionClient | null;
  onClose: () => void;
  onErased: () => void;
}

/**
 * The last step of an erasure: what goes and what stays, a reason for the trail, and the client's name
 * typed out, so a slip of the mouse on the list cannot erase the wrong person. The core checks both again.
 */
export function EraseClientModal({ client, onClose, onErased }: EraseClientModalProps) {
  const { t } = useTranslation('privacy');
  const erase = useCallMutation('clients.erase');
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const name = client ? `${client.firstName} ${client.lastName}` : '';
  const ready = client !== null && reason.trim().length >= 3 && confirmsName(typed, client);
  const close = () => {
    setReason('');
    setTyped('');
    erase.reset();
    onClose();
  };
  const confirm = async () => {
    if (!client || !ready) return;
    await erase.mutateAsync({ clientId: client.id, reason: reason.trim(), confirmName: typed });
    setReason('');
    setTyped('');
    onErased();
  };

  return (
    <Modal opened={client !== null} onClose={close} title={t('erase.title', { name })} size="lg">
      <Stack>
        <Alert color="red" variant="light">
          {t('erase.warning')}
        </Alert>
        <Textarea label={t('erase.reason')} description={t('erase.reasonHint')} required minRows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
        <TextInput label={t('erase.confirmName')} description={name} required autoComplete="off" value={typed} onChange={(e) => setTyped(e.currentTarget.value)} />
        <ErrorAlert error={erase.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('erase.cancel')}
          </Button>
          <Button color="red" disabled={!ready} loading={erase.isPending} onClick={() => void confirm().catch(() => undefined)}>
            {t('erase.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
