import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Usage } from '#shared/contract/equipment-maintenance';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

/** Uses newest first; the item column where the list spans items (a client's card, a session). */
export function UsageList({ uses, showItem, showClient }: { uses: Usage[]; showItem: boolean; showClient: boolean }) {
  const { t } = useTranslation('equipmentMaintenance');
  const language = useLanguage();
  if (uses.length === 0) return <Text size="sm" c="dark.4">{t('usage.none')}</Text>;
  return (
    <Table striped aria-label={t('usage.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('usage.usedOn')}</Table.Th>
          {showItem && <Table.Th>{t('usage.item')}</Table.Th>}
          {showClient && <Table.Th>{t('usage.client')}</Table.Th>}
          <Table.Th>{t('usage.minutes')}</Table.Th>
          <Table.Th>{t('usage.staff')}</Table.Th>
          <Table.Th>{t('usage.note')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {uses.map((u) => (
          <Table.Tr key={u.id}>
            <Table.Td>{`${formatDate(u.usedOn, language)}${u.startedAt ? ` ${u.startedAt}` : ''}`}</Table.Td>
            {showItem && (
              <Table.Td>
                <Anchor href={`#/equipment/${u.itemId}/usage`}>{`${u.inventoryNumber} ${u.itemName}`}</Anchor>
              </Table.Td>
            )}
            {showClient && <Table.Td>{u.clientName ?? t('usage.noClient')}</Table.Td>}
            <Table.Td>{u.minutes ?? ''}</Table.Td>
            <Table.Td>{u.staffName}</Table.Td>
            <Table.Td>{u.note ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
