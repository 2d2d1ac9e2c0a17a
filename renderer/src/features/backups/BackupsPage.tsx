import { useState } from 'react';
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Staff } from '#shared/contract/auth';
import type { BackupEntry } from '#shared/contract/backups';
import { canCall } from '#shared/contract/access';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { BackupList } from './BackupList';
import { BackupSettingsForm } from './BackupSettingsForm';
import { RestoreDialog } from './RestoreDialog';
import { formatTaken } from './format-backup';
import { useRefreshBackups } from './use-backups';

/**
 * Backups (managers and the administrator): the last good one, one made on demand, the list with what
 * each holds, the folder and rotation. Restoring is the administrator's alone, after a confirmation.
 */
export function BackupsPage({ staff }: { staff: Staff }) {
  const { t } = useTranslation(['backups', 'common']);
  const language = useLanguage();
  const status = useCall('backups.status', {});
  const list = useCall('backups.list', {});
  const create = useCallMutation('backups.create');
  const refresh = useRefreshBackups();
  const [made, setMade] = useState(false);
  const [chosen, setChosen] = useState<BackupEntry | null>(null);
  const mayRestore = canCall(staff.role, 'backups.restore');

  const makeNow = async () => {
    setMade(false);
    const result = await create.mutateAsync({}).catch(() => null);
    await refresh();
    setMade(result !== null);
  };

  const lastGood = status.data?.lastGoodAt;
  const failure = status.data?.lastFailure;
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('backups:title')}
      </Title>
      <Text>{t('backups:intro')}</Text>
      <ErrorAlert error={status.error ?? list.error} />
      {status.data && <Text fw={500}>{lastGood ? t('backups:lastGood', { date: formatTaken(lastGood, language) }) : t('backups:noneYet')}</Text>}
      {failure && <Text c="red.8">{t('backups:lastFailure', { reason: t(`backups:problem.${failure.code as 'failed'}`) })}</Text>}
      <Group>
        <Button onClick={() => void makeNow()} loading={create.isPending}>
          {t('backups:createNow')}
        </Button>
        {made && !create.error && <Text c="teal.9">{t('backups:created')}</Text>}
      </Group>
      <ErrorAlert error={create.error} />
      {list.isPending ? (
        <Loader aria-label={t('common:status.loading')} />
      ) : (
        <BackupList backups={list.data?.backups ?? []} onRestore={mayRestore ? setChosen : null} />
      )}
      {!mayRestore && <Text size="sm" c="dimmed">{t('backups:adminOnly')}</Text>}
      <BackupSettingsForm />
      <RestoreDialog backup={chosen} onClose={() => setChosen(null)} />
    </Stack>
  );
}
