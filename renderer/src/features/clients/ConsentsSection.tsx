import { useState } from 'react';
import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Consent } from '#shared/contract/consents';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { SectionCard } from './SectionCard';
import { ConsentFormModal } from './ConsentFormModal';

export function ConsentsSection({ clientId, consents, canWrite }: { clientId: number; consents: Consent[]; canWrite: boolean }) {
  const { t } = useTranslation('clients');
  const language = useLanguage();
  const [editing, setEditing] = useState<Consent | null | 'new'>(null);
  return (
    <SectionCard title={t('consents.title')} addLabel={t('consents.add')} onAdd={canWrite ? () => setEditing('new') : undefined}>
      {consents.length === 0 ? (
        <Text c="dimmed" size="sm">{t('consents.none')}</Text>
      ) : (
        <Table striped>
          <Table.Tbody>
            {consents.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{t(`consentKind.${c.kind}`)}</Table.Td>
                <Table.Td>{t('consents.given', { date: formatDate(c.givenOn, language), by: c.representativeName ?? t(`consentGiver.${c.givenBy}`) })}</Table.Td>
                <Table.Td>{c.withdrawnOn ? t('consents.withdrawn', { date: formatDate(c.withdrawnOn, language) }) : t('consents.inForce')}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(c)}>{t('actions.edit')}</Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && <ConsentFormModal clientId={clientId} consent={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </SectionCard>
  );
}
