import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCall } from '../../api/use-call';

/**
 * The home page's warning for managers and the administrator: the last good backup is older than two
 * days, there is none in a centre older than that, or the backup folder is missing or refuses files.
 * Says nothing while all is well.
 */
export function BackupWarning() {
  const { t } = useTranslation('backups');
  const status = useCall('backups.status', {});
  const s = status.data;
  if (!s?.available || (!s.stale && !s.folderProblem)) return null;
  const folder = s.folder ?? '';
  return (
    <Alert color="orange" variant="light" title={t('warning.title')}>
      <Stack gap={4}>
        {s.folderProblem === 'missing' && <Text size="sm">{t('warning.folderMissing', { folder })}</Text>}
        {s.folderProblem === 'not-writable' && <Text size="sm">{t('warning.folderNotWritable', { folder })}</Text>}
        {s.stale && (
          <Text size="sm">{s.lastGoodAgeDays === null ? t('warning.none') : t('warning.stale', { count: s.lastGoodAgeDays })}</Text>
        )}
        <Anchor component={Link} href="/backups" size="sm">
          {t('warning.open')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
