import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CollectorPhones } from './NotCollectedBadge';
import { useNotCollected } from './use-not-collected';

/** The manager's alert on the home page: participants still not collected past their group's delay. */
export function CollectAlarmWidget() {
  const { t } = useTranslation('safety');
  const rows = (useNotCollected().data?.rows ?? []).filter((r) => r.alarm);
  const first = rows[0];
  if (!first) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={t('notCollected.alarmTitle')}>
      <Stack gap={4}>
        <Text>{t('notCollected.alarm', { count: rows.length, time: first.alarmAt })}</Text>
        {rows.map((row) => (
          <Stack key={row.clientId} gap={0}>
            <Text fw={700}>{`${row.firstName} ${row.lastName} (${row.groupName})`}</Text>
            <CollectorPhones row={row} />
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
