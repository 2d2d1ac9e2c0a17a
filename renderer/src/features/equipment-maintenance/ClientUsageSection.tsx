import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UsageForm } from './UsageForm';
import { UsageList } from './UsageList';

/** A section of the client's card (and of a session, with `sessionId`): uses of equipment and a form to log one. */
export function ClientUsageSection({ clientId, sessionId, date }: { clientId?: number; sessionId?: number; date?: string }) {
  const { t } = useTranslation('equipmentMaintenance');
  const uses = useCall('equipment.usage.list', { ...(clientId ? { clientId } : {}), ...(sessionId ? { sessionId } : {}), limit: 20 });
  const title = sessionId ? t('usage.forSession') : t('usage.forClient');
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={2} size="h4">{title}</Title>
        <UsageForm {...(clientId ? { clientId } : {})} {...(sessionId ? { sessionId } : {})} {...(date ? { date } : {})} />
        <ErrorAlert error={uses.error} />
        {uses.data && <UsageList uses={uses.data.uses} showItem showClient={!clientId} />}
      </Stack>
    </Card>
  );
}
