import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DueItem } from '#shared/contract/equipment-maintenance';
import type { UiLanguage } from '#shared/contract/common';
import { formatDate } from '../../i18n/format';
import { useIntervalLabel } from './use-interval-label';
import { SafetyOverdueBadge } from './SafetyOverdueBadge';

interface DueTableProps {
  rows: DueItem[];
  language: UiLanguage;
  /** The print has no links and no live badges. */
  printed?: boolean;
  caption: string;
}

/** One section of the due list: item, work, interval, due date (or uses), last done, responsible. */
export function DueTable({ rows, language, printed = false, caption }: DueTableProps) {
  const { t } = useTranslation('equipmentMaintenance', { lng: language });
  const every = useIntervalLabel(language);
  if (rows.length === 0) return <Text size="sm" c="dark.4">{t('due.none')}</Text>;
  return (
    <Table striped withTableBorder={printed} aria-label={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('due.number')}</Table.Th>
          <Table.Th>{t('due.item')}</Table.Th>
          <Table.Th>{t('due.work')}</Table.Th>
          <Table.Th>{t('due.dueOn')}</Table.Th>
          <Table.Th>{t('due.lastDone')}</Table.Th>
          <Table.Th>{t('due.responsible')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.scheduleId}>
            <Table.Td>{row.inventoryNumber}</Table.Td>
            <Table.Td>
              {printed ? row.itemName : <Anchor href={`#/equipment/${row.itemId}/maintenance`}>{row.itemName}</Anchor>}
              {!printed && row.blocksUse && row.state === 'overdue' && <> <SafetyOverdueBadge itemId={row.itemId} /></>}
            </Table.Td>
            <Table.Td>
              {row.title}
              <Text size="xs" c="dark.4">{`${t(`kind.${row.kind}`)}, ${every(row.intervalUnit, row.intervalValue)}`}</Text>
            </Table.Td>
            <Table.Td>
              {row.intervalUnit === 'uses' ? t('due.uses', { used: row.usesSinceLast ?? 0, interval: row.intervalValue }) : formatDate(row.nextDueOn, language)}
            </Table.Td>
            <Table.Td>{row.lastDoneOn ? formatDate(row.lastDoneOn, language) : t('due.never')}</Table.Td>
            <Table.Td>
              {row.responsibleName}
              {row.supplierContact && <Text size="xs" c="dark.4">{row.supplierContact}</Text>}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
