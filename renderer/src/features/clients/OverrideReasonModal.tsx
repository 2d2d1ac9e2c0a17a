import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { translateErrorKey } from '../../forms/translate-error';

/** A wrong check digit never blocks: the user confirms the code as written and says why. */
export function OverrideReasonModal({ opened, onCancel, onConfirm }: { opened: boolean; onCancel: () => void; onConfirm: (reason: string) => void }) {
  const { t } = useTranslation(['clients', 'errors']);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    if (reason.trim().length < 3) {
      setError(translateErrorKey(t, 'field.codeOverrideReasonRequired'));
      return;
    }
    onConfirm(reason.trim());
    setReason('');
    setError(null);
  };
  return (
    <Modal opened={opened} onClose={onCancel} title={t('clients:override.title')}>
      <Stack>
        <Text size="sm">{translateErrorKey(t, 'personalCode.checksum')}</Text>
        <Textarea label={t('clients:override.reason')} description={t('clients:override.hint')} data-autofocus value={reason}
          onChange={(e) => setReason(e.currentTarget.value)} error={error} minRows={2} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('clients:actions.cancel')}
          </Button>
          <Button onClick={confirm}>{t('clients:override.confirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
