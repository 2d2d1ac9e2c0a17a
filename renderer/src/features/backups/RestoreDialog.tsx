import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '#shared/contract/backups';
import { useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { lockState } from '../auth/lock-state';
import { formatTaken } from './format-backup';

/**
 * The last question before a restore: which backup, what it holds, and what happens to today's data
 * (kept aside, not deleted). Cancel has the focus. After the restore nobody is logged in any more, so
 * the app starts over at the login page, as after a logout.
 */
export function RestoreDialog({ backup, onClose }: { backup: BackupEntry | null; onClose: () => void }) {
  const { t } = useTranslation('backups');
  const language = useLanguage();
  const queryClient = useQueryClient();
  const restore = useCallMutation('backups.restore');
  const close = () => {
    restore.reset();
    onClose();
  };
  const confirm = async () => {
    if (!backup) return;
    await restore.mutateAsync({ file: backup.file });
    window.location.hash = '#/';
    const reset = queryClient.resetQueries();
    lockState.unlock();
    await reset;
  };
  const number = (value: number | null) => (value === null ? t('list.unreadable') : formatNumber(value, language));
  return (
    <Modal opened={backup !== null} onClose={close} title={t('confirm.title')}>
      {backup && (
        <Stack>
          <Text>{t('confirm.text', { date: formatTaken(backup.at, language) })}</Text>
          <List>
            <List.Item>{t('confirm.clients', { number: number(backup.clients) })}</List.Item>
            <List.Item>{t('confirm.attendance', { number: number(backup.attendance) })}</List.Item>
          </List>
          <ErrorAlert error={restore.error} />
          <Group justify="flex-end">
            <Button variant="default" data-autofocus onClick={close}>
              {t('confirm.cancel')}
            </Button>
            <Button color="red" loading={restore.isPending} onClick={() => void confirm().catch(() => undefined)}>
              {t('confirm.restore')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
