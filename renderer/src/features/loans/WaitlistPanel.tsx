import { useState } from 'react';
import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { WaitlistEntry } from '#shared/contract/loans';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useToday } from '../clock/TodayProvider';
import { ServeModal } from './ServeModal';
import { loanCategories, useCategoryName, useClientOptions, useRefreshLoans } from './use-loans';

/** Requests per category, oldest first; an offered item is lent to its request from here. */
export function WaitlistPanel({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation('loans');
  const language = useLanguage();
  const today = useToday();
  const categoryName = useCategoryName();
  const clientOptions = useClientOptions();
  const refresh = useRefreshLoans();
  const list = useCall('waitlist.list', {});
  const [error, setError] = useState<unknown>(null);
  const [serving, setServing] = useState<WaitlistEntry | null>(null);
  const form = useForm({ initialValues: { clientId: null as string | null, category: 'wheelchair', requestedOn: today, note: '' } });

  const join = form.onSubmit(async (v) => {
    try {
      setError(null);
      await api.call('waitlist.join', { clientId: Number(v.clientId ?? 0), category: v.category ?? '', requestedOn: v.requestedOn, ...(v.note.trim() ? { note: v.note } : {}) });
      refresh();
      form.reset();
    } catch (failure) {
      setError(failure);
    }
  });
  const cancel = async (entry: WaitlistEntry) => {
    try {
      setError(null);
      await api.call('waitlist.cancel', { id: entry.id });
      refresh();
    } catch (failure) {
      setError(failure);
    }
  };
  const entries = list.data?.entries ?? [];

  return (
    <Stack>
      {canWrite && (
        <Paper withBorder p="md">
          <form onSubmit={join}>
            <Stack gap="sm">
              <Title order={2} size="h4">{t('waitlist.join')}</Title>
              <Group grow align="flex-end">
                <Select label={t('waitlist.client')} data={clientOptions} searchable {...form.getInputProps('clientId')} />
                <Select label={t('waitlist.category')} data={loanCategories.map((c) => ({ value: c, label: categoryName(c) }))} {...form.getInputProps('category')} />
                <LocalDateInput label={t('waitlist.requestedOn')} {...form.getInputProps('requestedOn')} />
              </Group>
              <TextInput label={t('waitlist.note')} {...form.getInputProps('note')} />
              <ErrorAlert error={error} />
              <Button type="submit" style={{ alignSelf: 'flex-start' }}>{t('waitlist.submit')}</Button>
            </Stack>
          </form>
        </Paper>
      )}
      <ErrorAlert error={list.error} />
      {list.isSuccess && entries.length === 0 && <Text c="dimmed" size="sm">{t('waitlist.none')}</Text>}
      {entries.length > 0 && (
        <Table striped aria-label={t('waitlist.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('waitlist.requestedOn')}</Table.Th>
              <Table.Th>{t('waitlist.client')}</Table.Th>
              <Table.Th>{t('waitlist.category')}</Table.Th>
              <Table.Th>{t('column.state')}</Table.Th>
              {canWrite && <Table.Th>{t('column.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{formatDate(e.requestedOn, language)}</Table.Td>
                <Table.Td>{`${e.clientLastName} ${e.clientFirstName}`}</Table.Td>
                <Table.Td>{categoryName(e.category)}</Table.Td>
                <Table.Td>
                  <Badge color={e.status === 'offered' ? 'teal' : 'gray'}>{t(`waitlist.status.${e.status}`)}</Badge>
                  {e.offeredInventoryNumber && <Text size="xs">{t('waitlist.offeredItem', { number: e.offeredInventoryNumber })}</Text>}
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap={4}>
                      {e.status === 'offered' && <Button size="compact-xs" onClick={() => setServing(e)}>{t('waitlist.serve')}</Button>}
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => void cancel(e)}>{t('waitlist.cancel')}</Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ServeModal entry={serving} onClose={() => setServing(null)} />
    </Stack>
  );
}
