import { useState } from 'react';
import { Button, Group, NumberInput, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall, useCallMutation } from '../../api/use-call';
import { LocalDateInput } from '../../components/LocalDateInput';
import { LocalTimeInput } from '../../components/LocalTimeInput';
import { useToday } from '../clock/TodayProvider';
import { CallError } from './CallError';
import { useRefreshEquipment } from './use-refresh';
import { renderItemOption } from './item-option';

interface UsageFormProps {
  /** Fixed when logged from the item page; chosen otherwise. */
  itemId?: number;
  /** Fixed when logged from a client's card. */
  clientId?: number;
  sessionId?: number;
  /** The session's day, when logged from a session. */
  date?: string;
}

/** One use: from the item page, a client's card or a session. */
export function UsageForm({ itemId, clientId, sessionId, date }: UsageFormProps) {
  const { t } = useTranslation('equipmentMaintenance');
  const today = useToday();
  const log = useCallMutation('equipment.usage.log');
  const refresh = useRefreshEquipment();
  const items = useCall('equipment.usage.items', {}, { enabled: itemId === undefined });
  const clients = useCall('clients.list', { status: 'active' }, { enabled: clientId === undefined });
  const [item, setItem] = useState<string | null>(itemId ? String(itemId) : null);
  const [client, setClient] = useState<string | null>(clientId ? String(clientId) : null);
  const [usedOn, setUsedOn] = useState<string | null>(date ?? today);
  const [startedAt, setStartedAt] = useState('');
  const [minutes, setMinutes] = useState<number | string>('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);

  const submit = () =>
    log.mutate(
      {
        itemId: Number(item),
        clientId: client ? Number(client) : null,
        usedOn: usedOn ?? '',
        startedAt,
        minutes: minutes === '' ? null : Number(minutes),
        ...(sessionId ? { sessionId } : {}),
        note,
      },
      {
        onSuccess: () => {
          setSaved(true);
          setNote('');
          void refresh();
        },
      },
    );

  return (
    <Paper withBorder p="sm" component="form" aria-label={t('usage.log')} onSubmit={(event) => { event.preventDefault(); setSaved(false); submit(); }}>
      <Stack gap="xs">
        <Group grow align="flex-end">
          {itemId === undefined && (
            <Select
              label={t('usage.item')}
              value={item}
              onChange={setItem}
              searchable
              renderOption={renderItemOption}
              data={(items.data?.items ?? []).map((i) => ({ value: String(i.id), label: `${i.inventoryNumber} ${i.name}` }))}
            />
          )}
          {clientId === undefined && (
            <Select
              label={t('usage.client')}
              value={client}
              onChange={setClient}
              searchable
              clearable
              placeholder={t('usage.noClient')}
              data={(clients.data?.clients ?? []).map((c) => ({ value: String(c.id), label: `${c.firstName} ${c.lastName}` }))}
            />
          )}
          <LocalDateInput label={t('usage.usedOn')} value={usedOn ?? undefined} onChange={(value) => setUsedOn(value ? String(value) : null)} required />
          <LocalTimeInput label={t('usage.startedAt')} value={startedAt} onChange={setStartedAt} />
          <NumberInput label={t('usage.minutes')} value={minutes} onChange={setMinutes} min={1} max={1440} allowDecimal={false} />
        </Group>
        <TextInput label={t('usage.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <CallError error={log.error} />
        {saved && !log.error && <div role="status">{t('usage.saved')}</div>}
        <Group>
          <Button type="submit" loading={log.isPending} disabled={!item}>{t('usage.save')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
