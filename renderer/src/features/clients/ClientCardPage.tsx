import { Alert, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Centre, Staff } from '#shared/contract/auth';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RelativesSection } from './RelativesSection';
import { ConsentsSection } from './ConsentsSection';
import { DecisionsSection } from './DecisionsSection';
import { AssessmentsSection } from './AssessmentsSection';
import { ClientFacts } from './ClientFacts';
import { fullName } from './use-clients';
import { AccessExportButton } from '../privacy/AccessExportButton';
import { canCall } from '#shared/contract/access';
import { ClientPhotoField } from '../dementia/ClientPhoto';
import { ClientUsageSection as ClientEquipmentUsage } from '../equipment-maintenance/ClientUsageSection';
import { ClientLoansBookings } from '../loans/ClientLoansBookings';

const statusColor = { active: 'teal', paused: 'yellow', discharged: 'gray', deceased: 'dark' } as const;

/** The heart of the app: everything about one client, warnings first. */
export function ClientCardPage({ id, staff, centre }: { id: number; staff: Staff; centre: Centre }) {
  const { t } = useTranslation('clients');
  const card = useCall('clients.get', { id });
  if (card.isPending) return <Loader aria-label={t('common:status.loading')} />;
  if (card.isError) return <ErrorAlert error={card.error} />;
  const { client, relatives, consents, decisions, codes } = card.data;
  const manages = staff.role === 'administrator' || staff.role === 'manager';
  const registers = manages || staff.role === 'reception';

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={1} size="h2">
            {fullName(client)}
          </Title>
          <Badge color={statusColor[client.status]} size="lg">
            {t(`status.${client.status}`)}
          </Badge>
        </Group>
        <Group>
          <AccessExportButton clientId={id} language={client.language} role={staff.role} />
          {registers && (
            <Button component={Link} href={`/clients/${id}/edit`} variant="light">
              {t('actions.edit')}
            </Button>
          )}
        </Group>
      </Group>
      {client.wanderingRisk && <Alert color="red" variant="filled" role="alert">{t('card.wanderingRisk')}</Alert>}
      {(client.diet || client.receptionNotes) && (
        <Alert color="yellow" variant="light" title={t('card.reception')}>
          {client.diet && <Text size="sm">{t('card.diet', { diet: client.diet })}</Text>}
          {client.receptionNotes && <Text size="sm">{client.receptionNotes}</Text>}
        </Alert>
      )}
      <Group align="flex-start" gap="lg">
        <ClientPhotoField clientId={id} name={fullName(client)} canWrite={registers} />
        {canCall(staff.role, 'dementia.observations.history') && decisions.some((d) => d.service === 'dementia-day-centre') && (
          <Button component={Link} href={`/dementia/clients/${id}`} variant="light">
            {t('dementia:group.participantPage')}
          </Button>
        )}
      </Group>
      <ClientFacts client={client} codes={codes} latest={card.data.latestAssessments} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <RelativesSection clientId={id} relatives={relatives} canWrite={registers} />
        <ConsentsSection clientId={id} consents={consents} canWrite={manages} />
      </SimpleGrid>
      <DecisionsSection clientId={id} decisions={decisions} canWrite={manages} municipality={centre.municipality} />
      <AssessmentsSection clientId={id} canWrite={manages} assessor={staff.fullName} />
      <ClientLoansBookings clientId={id} role={staff.role} />
      {canCall(staff.role, 'equipment.usage.log') && <ClientEquipmentUsage clientId={id} />}
      <Card withBorder padding="xs">
        <Text size="xs" c="dimmed">
          {t('card.auditNote')}
        </Text>
      </Card>
    </Stack>
  );
}
