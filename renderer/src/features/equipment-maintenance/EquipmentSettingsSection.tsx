import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMayCall } from '../print/use-may-call';
import { BlockUseSetting } from './BlockUseSetting';

/** The equipment part of the centre's settings page: the same switch (and table) as on the due list. */
export function EquipmentSettingsSection() {
  const { t } = useTranslation('equipmentMaintenance');
  const mayChange = useMayCall('equipment.settings.update');
  if (!mayChange) return null;
  return (
    <Stack component="section" aria-label={t('settings.heading')} mt="lg" gap="xs">
      <Title order={2} size="h3">{t('settings.heading')}</Title>
      <BlockUseSetting />
    </Stack>
  );
}
