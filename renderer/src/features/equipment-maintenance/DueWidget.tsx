import { Anchor, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { DueTable } from './DueTable';

/** The manager's home page: what is overdue or due within 30 days, with a link to the whole list. */
export function DueWidget() {
  const { t } = useTranslation('equipmentMaintenance');
  const language = useLanguage();
  const due = useCall('equipment.due', {});
  const urgent = due.data ? [...due.data.overdue, ...due.data.dueSoon] : [];
  return (
    <Card withBorder component="section" aria-label={t('widget.title')} data-testid="equipment-due-widget">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">{t('widget.title')}</Title>
        <Anchor href="#/equipment-due">{t('widget.all')}</Anchor>
      </Group>
      <ErrorAlert error={due.error} />
      {due.data && (
        <Text size="sm" mb="xs">{t('widget.summary', { overdue: due.data.totals.overdue, dueSoon: due.data.totals.dueSoon })}</Text>
      )}
      {due.isSuccess && urgent.length === 0 && <Text size="sm" c="dark.4">{t('widget.none')}</Text>}
      {urgent.length > 0 && <DueTable rows={urgent.slice(0, 8)} language={language} caption={t('widget.title')} />}
    </Card>
  );
}
