import { useState } from 'react';
import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RestorableBackup } from '#shared/contract/recovery';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PublicLayout } from '../shell/PublicLayout';
import { BackupTable } from './BackupTable';
import { RestoreConfirm } from './RestoreConfirm';
import { useRecoveryAction, useRecoveryStatus } from './use-recovery';

/**
 * Shown instead of the app while the database cannot be opened: what happened, in words, and the one
 * thing that helps (a backup for a damaged file; for a lock, permissions or a full disk, the fix
 * outside CareDesk and "Try again"). Never the SQLite message: it may quote a client's data.
 */
export function RecoveryPage() {
  const { t } = useTranslation('recovery');
  const status = useRecoveryStatus();
  const action = useRecoveryAction();
  const [chosen, setChosen] = useState<RestorableBackup | null>(null);
  const stillFailing = action.isSuccess && !action.data.opened && action.variables.action === 'retry';

  if (status.isPending) {
    return (
      <PublicLayout>
        <Center>
          <Loader aria-label={t('common:status.loading')} />
        </Center>
      </PublicLayout>
    );
  }
  if (status.isError) {
    return (
      <PublicLayout>
        <ErrorAlert error={status.error} />
      </PublicLayout>
    );
  }
  const { kind, canRestore, dataFolder, backupFolder, backups } = status.data;
  return (
    <PublicLayout>
      <Stack>
        <Title order={1}>{t(`title.${kind}`)}</Title>
        <Text>{t(`explain.${kind}`)}</Text>
        <Text size="sm" c="dimmed">
          {t('dataFolder', { folder: dataFolder })}
        </Text>
        {stillFailing && (
          <Alert color="orange" role="status">
            {t('stillFailing')}
          </Alert>
        )}
        {chosen === null && <ErrorAlert error={action.error} />}
        <Group>
          <Button variant={canRestore ? 'default' : 'filled'} loading={action.isPending} onClick={() => action.mutate({ action: 'retry' })}>
            {t('tryAgain')}
          </Button>
        </Group>
        {canRestore && <BackupTable backups={backups} folder={backupFolder} busy={action.isPending} onRestore={setChosen} />}
      </Stack>
      <RestoreConfirm
        key={chosen?.file ?? 'none'}
        backup={chosen}
        busy={action.isPending}
        onCancel={() => setChosen(null)}
        onConfirm={(backup) =>
          action.mutate({ action: 'restore', file: backup.file }, { onSettled: () => setChosen(null) })
        }
      />
    </PublicLayout>
  );
}
