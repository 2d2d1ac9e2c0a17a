import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useMayCall } from '../print/use-may-call';
import { BlockUseSetting } from './BlockUseSetting';
import { DueTable } from './DueTable';

/** `#/equipment-due`: overdue, due within 30 days and upcoming maintenance and inspections. */
export function EquipmentDuePage() {
  const { t } = useTranslation('equipmentMaintenance');
  const language = useLanguage();
  const due = useCall('equipment.due', {});
  const mayChangeSetting = useMayCall('equipment.settings.update');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t('due.title')}</Title>
        <Button component="a" href={`#/print/equipment-due?lang=${language}`} variant="default">{t('due.print')}</Button>
      </Group>
      {due.data && <Text>{t('due.asOf', { date: formatDate(due.data.asOf, language) })}</Text>}
      <ErrorAlert error={due.error} />
      {mayChangeSetting && <BlockUseSetting />}
      {due.data &&
        (['overdue', 'dueSoon', 'upcoming'] as const).map((section) => (
          <section key={section} aria-label={t(`due.${section}`)} data-testid={`due-${section}`}>
            <Title order={2} size="h4" mb="xs" c={section === 'overdue' ? 'red.9' : undefined}>
              {`${t(`due.${section}`)} (${due.data.totals[section]})`}
            </Title>
            <DueTable rows={due.data[section]} language={language} caption={t(`due.${section}`)} />
          </section>
        ))}
    </Stack>
  );
}
