import { useState } from 'react';
import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EquipmentItem } from '#shared/contract/equipment';
import { api, ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { translateErrorKey } from '../../forms/translate-error';
import { useToday } from '../clock/TodayProvider';

/** Writing an item off: a date and a reason, both required. */
export function WriteOffForm({ item, onDone }: { item: EquipmentItem; onDone: () => void }) {
  const { t } = useTranslation(['equipment', 'errors']);
  const queryClient = useQueryClient();
  const today = useToday();
  const [on, setOn] = useState(today);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const reasonIssue = error instanceof ApiError ? error.error.issues?.find((i) => i.path[0] === 'reason') : undefined;
  const submit = async () => {
    try {
      setError(null);
      await api.call('equipment.items.writeOff', { id: item.id, on, reason });
      await queryClient.invalidateQueries({ queryKey: ['equipment.items.get'] });
      await queryClient.invalidateQueries({ queryKey: ['equipment.items.list'] });
      onDone();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Paper withBorder p="md" role="region" aria-label={t('writeOff.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">{t('writeOff.title')}</Title>
        <Group align="flex-start">
          <LocalDateInput label={t('writeOff.on')} value={on} onChange={setOn} />
          <TextInput label={t('writeOff.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} w={360}
            error={reasonIssue ? translateErrorKey(t, reasonIssue.code, reasonIssue.params ?? {}) : undefined} />
        </Group>
        {!reasonIssue && <ErrorAlert error={error} />}
        <Group>
          <Button color="red" onClick={() => void submit()}>{t('writeOff.confirm')}</Button>
          <Button variant="default" onClick={onDone}>{t('form.cancel')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
