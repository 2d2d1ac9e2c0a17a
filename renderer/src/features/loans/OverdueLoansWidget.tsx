import { Anchor, Badge, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ItemOptionLabel } from '../equipment-maintenance/item-option';

/** Home-page widget for the manager: loans past their return date, with the phone numbers to call. */
export function OverdueLoansWidget() {
  const { t } = useTranslation('loans');
  const language = useLanguage();
  const overdue = useCall('loans.overdue', {});
  const rows = overdue.data?.loans ?? [];
  return (
    <Card withBorder component="section" aria-label={t('overdue.title')}>
      <Title order={2} size="h4" mb="xs">
        {t('overdue.title')}
      </Title>
      <ErrorAlert error={overdue.error} />
      {overdue.isSuccess && rows.length === 0 && <Text c="dimmed" size="sm">{t('overdue.none')}</Text>}
      {rows.length > 0 && (
        <Table striped>
          <Table.Tbody>
            {rows.map((loan) => (
              <Table.Tr key={loan.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/clients/${loan.clientId}`}>{`${loan.clientLastName} ${loan.clientFirstName}`}</Anchor>
                </Table.Td>
                <Table.Td>{loan.phones.length > 0 ? loan.phones.join(', ') : <Text span c="dimmed" size="sm">{t('overdue.noPhone')}</Text>}</Table.Td>
                <Table.Td><ItemOptionLabel label={`${loan.inventoryNumber} · ${loan.itemName}`} itemId={loan.itemId} /></Table.Td>
                <Table.Td>{formatDate(loan.expectedReturnOn, language)}</Table.Td>
                <Table.Td>
                  <Badge color="red">{t('overdue.days', { count: loan.daysOverdue })}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
