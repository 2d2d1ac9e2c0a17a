import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { voidInputSchema } from '#shared/contract/voiding';
import { ErrorAlert } from '../../components/ErrorAlert';
import { zodValidate } from '../../forms/zod-validate';
import { invalidateClients } from './use-clients';

/**
 * Voiding a decision or an assessment entered by mistake: nothing is deleted, the record stays in the
 * history struck through, so the reason is asked for (the contract's rule, checked here first).
 */
export function VoidRecordModal({ title, onVoid, onClose }: { title: string; onVoid: (reason: string) => Promise<unknown>; onClose: () => void }) {
  const { t } = useTranslation('clients');
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<ReactNode>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    const errors = zodValidate(voidInputSchema)({ id: 1, reason });
    setReasonError(errors.reason ?? null);
    if (errors.reason) return;
    setBusy(true);
    setError(null);
    try {
      await onVoid(reason);
      await invalidateClients(queryClient);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack>
        <Text size="sm">{t('voiding.explain')}</Text>
        <Textarea label={t('voiding.reason')} withAsterisk data-autofocus value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={reasonError} minRows={2} autosize />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('voiding.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()}>
            {t('voiding.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
