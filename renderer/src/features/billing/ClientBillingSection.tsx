import { useState } from 'react';
import { Badge, Button, Group, Modal, NativeSelect, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Decision } from '#shared/contract/decisions';
import type { DecisionTerms } from '#shared/contract/billing-settings';
import { exemptionKinds, type ExemptionKind } from '#shared/domain/service-units';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { euros } from './billing-format';
import { serverFieldErrors } from '../../forms/zod-validate';
import { DecisionTermsModal } from './DecisionTermsModal';

/**
 * On the client card, under the decisions: each decision's billing terms (who pays, the municipality's
 * client reference, the client's share) and the client's needy / low-income exemptions. Everyone who sees
 * decisions sees them; managers change them.
 */
export function ClientBillingSection({ clientId, decisions, canWrite }: { clientId: number; decisions: Decision[]; canWrite: boolean }) {
  const { t } = useTranslation('billing');
  const language = useLanguage();
  const queryClient = useQueryClient();
  const terms = useCall('billing.decisionTerms', { clientId });
  const exemptions = useCall('billing.exemptions', { clientId });
  const [editing, setEditing] = useState<{ terms: DecisionTerms; number: string } | null>(null);
  const [adding, setAdding] = useState(false);
  const voidExemption = useCallMutation('billing.voidExemption');
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['billing.decisionTerms'] });
    void queryClient.invalidateQueries({ queryKey: ['billing.exemptions'] });
    void queryClient.invalidateQueries({ queryKey: ['decisions.list'] });
  };
  const share = (x: DecisionTerms) =>
    x.privatePayer
      ? t('terms.shareAll')
      : x.copayPercent !== null
        ? t('terms.sharePercent', { percent: x.copayPercent })
        : x.copayAmountCents !== null
          ? t('terms.shareAmount', { amount: euros(x.copayAmountCents, language) })
          : t('terms.shareNone');
  const byId = new Map((terms.data?.terms ?? []).map((x) => [x.decisionId, x]));
  const live = decisions.filter((d) => !d.voidedAt);
  const active = (exemptions.data?.exemptions ?? []).filter((e) => !e.voidedAt);
  return (
    <Stack gap="xs" mt="sm">
      <Title order={3} size="h5">{t('terms.title')}</Title>
      <ErrorAlert error={terms.error ?? exemptions.error ?? voidExemption.error} />
      {live.length > 0 && (
        <Table aria-label={t('terms.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('terms.decision')}</Table.Th>
              <Table.Th>{t('terms.payer')}</Table.Th>
              <Table.Th>{t('terms.clientReference')}</Table.Th>
              <Table.Th>{t('terms.share')}</Table.Th>
              {canWrite && <Table.Th><VisuallyHidden>{t('terms.edit')}</VisuallyHidden></Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {live.map((d) => {
              const x = byId.get(d.id);
              if (!x) return null;
              return (
                <Table.Tr key={d.id} data-testid={`terms-${d.decisionNumber}`}>
                  <Table.Td>{d.decisionNumber}</Table.Td>
                  <Table.Td>{x.privatePayer ? t('terms.payerPrivate') : t('terms.payerMunicipal')}</Table.Td>
                  <Table.Td>{x.clientReference ?? '—'}</Table.Td>
                  <Table.Td>{share(x)}</Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ terms: x, number: d.decisionNumber })} aria-label={t('terms.editTitle', { number: d.decisionNumber })}>
                        {t('terms.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Group justify="space-between">
        <Title order={3} size="h5">{t('exemptions.title')}</Title>
        {canWrite && <Button size="compact-sm" variant="light" onClick={() => setAdding(true)}>{t('exemptions.add')}</Button>}
      </Group>
      {active.length === 0 ? (
        <Text c="dimmed" size="sm">{t('exemptions.none')}</Text>
      ) : (
        <Table aria-label={t('exemptions.title')}>
          <Table.Tbody>
            {active.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td><Badge variant="light">{t(`exemptions.kind.${e.kind}`)}</Badge></Table.Td>
                <Table.Td>{t('exemptions.period', { from: formatDate(e.validFrom, language), to: formatDate(e.validTo, language) })}</Table.Td>
                <Table.Td>{e.document ? t('exemptions.certificateNo', { document: e.document }) : ''}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => voidExemption.mutate({ id: e.id }, { onSuccess: refresh })}>
                      {t('exemptions.void')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && <DecisionTermsModal terms={editing.terms} decisionNumber={editing.number} onClose={() => setEditing(null)} onSaved={refresh} />}
      {adding && <ExemptionModal clientId={clientId} onClose={() => setAdding(false)} onSaved={refresh} />}
    </Stack>
  );
}

function ExemptionModal({ clientId, onClose, onSaved }: { clientId: number; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('billing');
  const add = useCallMutation('billing.addExemption');
  const [kind, setKind] = useState<ExemptionKind>('needy');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [document, setDocument] = useState('');
  const errors = serverFieldErrors(add.error?.error.issues);
  const submit = () =>
    add.mutate(
      { clientId, kind, validFrom, validTo, document: document.trim() === '' ? null : document },
      { onSuccess: () => { onSaved(); onClose(); } },
    );
  return (
    <Modal opened onClose={onClose} title={t('exemptions.add')}>
      <Stack>
        <NativeSelect label={t('exemptions.kindLabel')} value={kind} onChange={(e) => setKind(e.currentTarget.value as ExemptionKind)} data={exemptionKinds.map((k) => ({ value: k, label: t(`exemptions.kind.${k}`) }))} data-autofocus />
        <LocalDateInput label={t('exemptions.validFrom')} value={validFrom} onChange={setValidFrom} withAsterisk error={errors.validFrom} />
        <LocalDateInput label={t('exemptions.validTo')} value={validTo} onChange={setValidTo} withAsterisk error={errors.validTo} />
        <TextInput label={t('exemptions.certificate')} error={errors.document} value={document} onChange={(e) => setDocument(e.currentTarget.value)} maxLength={100} />
        <ErrorAlert error={add.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('exemptions.cancel')}</Button>
          <Button onClick={submit} loading={add.isPending}>{t('exemptions.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
