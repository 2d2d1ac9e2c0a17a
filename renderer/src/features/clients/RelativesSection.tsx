import { useState } from 'react';
import { Button, Group, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Relative } from '#shared/contract/relatives';
import { api } from '../../api/client';
import { SectionCard } from './SectionCard';
import { RelativeFormModal } from './RelativeFormModal';
import { invalidateClients } from './use-clients';

/** Relatives and contacts in calling order; who may collect the client stands out. */
export function RelativesSection({ clientId, relatives, canWrite }: { clientId: number; relatives: Relative[]; canWrite: boolean }) {
  const { t } = useTranslation('clients');
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Relative | null | 'new'>(null);
  const remove = async (relative: Relative) => {
    if (!window.confirm(t('relatives.confirmRemove', { name: relative.name }))) return;
    await api.call('relatives.remove', { id: relative.id });
    await invalidateClients(queryClient);
  };
  return (
    <SectionCard title={t('relatives.title')} addLabel={t('relatives.add')} onAdd={canWrite ? () => setEditing('new') : undefined}>
      {relatives.length === 0 ? (
        <Text c="dimmed" size="sm">{t('relatives.none')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('relatives.name')}</Table.Th>
              <Table.Th>{t('relatives.relation')}</Table.Th>
              <Table.Th>{t('field.phone')}</Table.Th>
              <Table.Th>{t('relatives.roles')}</Table.Th>
              {canWrite && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {relatives.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>{t(`relation.${r.relation}`)}</Table.Td>
                <Table.Td>{[r.phone, r.phoneAlt].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>{[r.canCollect && t('relatives.canCollect'), r.emergencyContact && t('relatives.emergencyContact'), r.mainCarer && t('safety:relatives.mainCarer'), r.idHint && t('safety:handOver.idHint', { hint: r.idHint })].filter(Boolean).join(' · ')}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap="xs" justify="flex-end">
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing(r)} aria-label={t('relatives.editOf', { name: r.name })}>{t('actions.edit')}</Button>
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(r)} aria-label={t('relatives.removeOf', { name: r.name })}>{t('actions.remove')}</Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <RelativeFormModal clientId={clientId} relative={editing === 'new' ? null : editing} nextPriority={relatives.length + 1} onClose={() => setEditing(null)} />
      )}
    </SectionCard>
  );
}
