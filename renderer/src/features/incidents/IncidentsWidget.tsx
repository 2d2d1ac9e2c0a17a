import { Anchor, Badge, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

/** Home-page widget for managers: open incident reports and follow-up actions past their due date. */
export function IncidentsWidget() {
  const { t } = useTranslation('safety');
  const language = useLanguage();
  const open = useCall('incidents.list', { status: 'open', limit: 20 });
  const rows = open.data?.incidents ?? [];
  return (
    <Card withBorder component="section" aria-label={t('incidents.widgetTitle')}>
      <Title order={2} size="h4" mb="xs">{t('incidents.widgetTitle')}</Title>
      <ErrorAlert error={open.error} />
      {open.data && open.data.overdueFollowUps > 0 && <Text c="red.9" fw={600}>{t('incidents.overdueFollowUps', { count: open.data.overdueFollowUps })}</Text>}
      {open.isSuccess && rows.length === 0 && <Text c="dimmed" size="sm">{t('incidents.none')}</Text>}
      {rows.length > 0 && (
        <Table striped aria-label={t('incidents.openIncidents')}>
          <Table.Tbody>
            {rows.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{formatDate(i.occurredOn, language)}</Table.Td>
                <Table.Td><Anchor component={Link} href={`/incidents/${i.id}`}>{i.clientName}</Anchor></Table.Td>
                <Table.Td>{t(`incidents.kinds.${i.kind}`)}</Table.Td>
                <Table.Td>{i.overdueFollowUps > 0 && <Badge color="red.9">{`${t('incidents.overdue')}: ${i.overdueFollowUps}`}</Badge>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
