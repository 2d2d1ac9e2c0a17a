import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RestorableBackup } from '#shared/contract/recovery';
import { useLanguage } from '../../i18n/use-language';
import { formatTaken } from '../backups/format-backup';

interface RestoreConfirmProps {
  backup: RestorableBackup | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (backup: RestorableBackup) => void;
}

/** Restoring loses whatever was entered after the backup: the user says so explicitly before it starts. */
export function RestoreConfirm({ backup, busy, onCancel, onConfirm }: RestoreConfirmProps) {
  const { t } = useTranslation('recovery');
  const language = useLanguage();
  const [understood, setUnderstood] = useState(false);
  const date = backup ? formatTaken(backup.at, language) : '';
  const close = () => {
    setUnderstood(false);
    onCancel();
  };
  return (
    <Modal opened={backup !== null} onClose={close} title={t('confirm.title')}>
      <Stack>
        <Text>{t('confirm.body', { date })}</Text>
        <Checkbox label={t('confirm.check', { date })} checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('confirm.cancel')}
          </Button>
          <Button color="red" disabled={!understood} loading={busy} onClick={() => backup && onConfirm(backup)}>
            {t('confirm.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
