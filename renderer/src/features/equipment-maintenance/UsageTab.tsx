import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMayCall } from '../print/use-may-call';
import { SafetyOverdueBadge } from './SafetyOverdueBadge';
import { UsageCounts } from './UsageCounts';
import { UsageForm } from './UsageForm';
import { UsageList } from './UsageList';

/** The item page's "Usage" tab: log a use, the counts per month, the latest uses. */
export function UsageTab({ item }: { item: { id: number; status: string } }) {
  const { t } = useTranslation('equipmentMaintenance');
  const uses = useCall('equipment.usage.list', { itemId: item.id, limit: 100 });
  const mayLog = useMayCall('equipment.usage.log');
  return (
    <Stack>
      <SafetyOverdueBadge itemId={item.id} />
      {mayLog && item.status !== 'written-off' && <UsageForm itemId={item.id} />}
      <Title order={2} size="h4">{t('usage.counts')}</Title>
      <UsageCounts itemId={item.id} />
      <Title order={2} size="h4">{t('usage.title')}</Title>
      <ErrorAlert error={uses.error} />
      {uses.data && <UsageList uses={uses.data.uses} showItem={false} showClient />}
    </Stack>
  );
}
