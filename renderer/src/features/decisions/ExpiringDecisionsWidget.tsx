import { Anchor, Badge, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

const days = 30;

/** Home-page widget: service decisions ending within 30 days, so a renewal is asked for in time. */
export function ExpiringDecisionsWidget() {
  const { t } = useTranslation('clients');
  const language = useLanguage();
  const expiring = useCall('decisions.expiring', { days });
  const rows = expiring.data?.decisions ?? [];
  return (
    <Card withBorder component="section" aria-label={t('expiring.title', { count: days })}>
      <Title order={2} size="h4" mb="xs">
        {t('expiring.title', { count: days })}
      </Title>
      <ErrorAlert error={expiring.error} />
      {expiring.isSuccess && rows.length === 0 && <Text c="dimmed" size="sm">{t('expiring.none')}</Text>}
      {rows.length > 0 && (
        <Table striped>
          <Table.Tbody>
            {rows.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/clients/${d.clientId}`}>{`${d.firstName} ${d.lastName}`}</Anchor>
                </Table.Td>
                <Table.Td>{t(`service.${d.service}`)}</Table.Td>
                <Table.Td>{d.decisionNumber}</Table.Td>
                <Table.Td>{formatDate(d.validTo, language)}</Table.Td>
                <Table.Td>
                  <Badge color={d.daysLeft <= 7 ? 'red' : 'orange'}>{t('decisions.expiresIn', { count: d.daysLeft })}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
