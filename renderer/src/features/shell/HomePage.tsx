import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useToday } from '../clock/TodayProvider';
import { useTranslation } from 'react-i18next';
import type { Centre, Staff } from '#shared/contract/auth';
import { findMunicipality } from '#shared/domain/municipalities';
import { formatLongDay } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ExpiringDecisionsWidget } from '../decisions/ExpiringDecisionsWidget';
import { DueWidget as EquipmentDueWidget } from '../equipment-maintenance/DueWidget';
import { OverdueLoansWidget } from '../loans/OverdueLoansWidget';
import { BackupWarning } from '../backups/BackupWarning';
import { IncidentsWidget } from '../incidents/IncidentsWidget';
import { CollectAlarmWidget } from '../dementia-safety/CollectAlarmWidget';
import { canCall } from '#shared/contract/access';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={500}>{value}</Text>
    </Card>
  );
}

export function HomePage({ staff, centre }: { staff: Staff; centre: Centre }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = useToday();
  const municipality = findMunicipality(centre.municipality);
  const municipalityName = municipality ? (language === 'ru' ? municipality.nameRu : municipality.name) : centre.municipality;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('home.welcome', { name: staff.fullName })}
      </Title>
      <Text>{t('home.today', { date: formatLongDay(today, language) })}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Fact label={t('home.centre')} value={centre.name} />
        <Fact label={t('home.municipality')} value={municipalityName} />
        <Fact label={t('home.country')} value={t(`country.${centre.country}`)} />
        <Fact label={t('home.yourRole')} value={t(`role.${staff.role}`)} />
      </SimpleGrid>
      {canCall(staff.role, 'backups.status') && <BackupWarning />}
      {canCall(staff.role, 'incidents.close') && <CollectAlarmWidget />}
      {canCall(staff.role, 'incidents.close') && <IncidentsWidget />}
      <ExpiringDecisionsWidget />
      {canCall(staff.role, 'equipment.maintenance.record') && <EquipmentDueWidget />}
      {canCall(staff.role, 'loans.overdue') && <OverdueLoansWidget />}
    </Stack>
  );
}
