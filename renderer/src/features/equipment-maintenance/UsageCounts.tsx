import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addMonths } from '#shared/domain/equipment-due';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { useToday } from '../clock/TodayProvider';

/** Uses per month over the last 12 months (and the clients served) of one item, or of every item. */
export function UsageCounts({ itemId }: { itemId?: number }) {
  const { t } = useTranslation('equipmentMaintenance');
  const language = useLanguage();
  const today = useToday();
  const from = `${addMonths(today, -11).slice(0, 7)}-01`;
  const counts = useCall('equipment.usage.counts', { from, to: today, ...(itemId ? { itemId } : {}) });
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long' }).format(new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  const rows = counts.data?.rows ?? [];
  return (
    <>
      <ErrorAlert error={counts.error} />
      {counts.isSuccess && rows.length === 0 && <Text size="sm" c="dark.4">{t('usage.none')}</Text>}
      {rows.length > 0 && (
        <Table striped aria-label={t('usage.counts')} data-testid="usage-counts">
          <Table.Thead>
            <Table.Tr>
              {!itemId && <Table.Th>{t('usage.item')}</Table.Th>}
              <Table.Th>{t('usage.month')}</Table.Th>
              <Table.Th>{t('usage.uses')}</Table.Th>
              <Table.Th>{t('usage.clients')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.itemId}-${row.month}`}>
                {!itemId && <Table.Td>{`${row.inventoryNumber} ${row.itemName}`}</Table.Td>}
                <Table.Td>{monthName(row.month)}</Table.Td>
                <Table.Td>{row.uses}</Table.Td>
                <Table.Td>{row.clients}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
