import { useState } from 'react';
import { Anchor, Button, Checkbox, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalTimeInput } from '../../components/LocalTimeInput';
import { formatWeekday } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useCan } from './names';
import { CatalogueEditor } from './CatalogueEditor';

/** `#/dementia`: the centre's dementia groups; a manager creates one here. */
export function DementiaGroupsPage() {
  const { t } = useTranslation('dementia');
  const language = useLanguage();
  const groups = useCall('dementia.groups.list', {});
  const canCreate = useCan('dementia.groups.create');
  const canEditCatalogue = useCan('dementia.catalogue.update');
  return (
    <Stack>
      <Title order={1} size="h2">{t('title')}</Title>
      <ErrorAlert error={groups.error} />
      {groups.data?.groups.length === 0 && <Text c="dimmed">{t('groups.empty')}</Text>}
      {groups.data && groups.data.groups.length > 0 && (
        <Table aria-label={t('title')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('groups.name')}</Table.Th>
              <Table.Th>{t('groups.room')}</Table.Th>
              <Table.Th>{t('groups.weekdays')}</Table.Th>
              <Table.Th>{t('groups.hours')}</Table.Th>
              <Table.Th>{t('groups.capacity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.data.groups.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/dementia/${g.id}`}>{g.name}</Anchor>
                </Table.Td>
                <Table.Td>{g.room ?? ''}</Table.Td>
                <Table.Td>{g.weekdays.map((d) => formatWeekday(d, language)).join(', ')}</Table.Td>
                <Table.Td>{`${g.opensAt}–${g.closesAt}`}</Table.Td>
                <Table.Td>{`${t('groups.members', { count: g.members })} / ${g.capacity}`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canCreate && <NewGroupForm onCreated={() => void groups.refetch()} />}
      {canEditCatalogue && <CatalogueEditor />}
    </Stack>
  );
}

function NewGroupForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('dementia');
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [room, setRoom] = useState('');
  const [capacity, setCapacity] = useState<number | string>(12);
  const [weekdays, setWeekdays] = useState<string[]>(['1', '2', '3']);
  const [opensAt, setOpensAt] = useState('08:30');
  const [closesAt, setClosesAt] = useState('16:00');
  const [delay, setDelay] = useState<number | string>(30);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    setError(null);
    try {
      const created = await api.call('dementia.groups.create', {
        name,
        room,
        capacity: Number(capacity),
        weekdays: weekdays.map(Number).sort(),
        opensAt,
        closesAt,
        collectAlarmDelayMinutes: Number(delay),
      });
      onCreated();
      navigate(`/dementia/${created.group.id}`);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e: React.FormEvent) => { e.preventDefault(); void submit(); }}>
      <Title order={2} size="h4" mb="sm">{t('groups.new')}</Title>
      <Group align="flex-end">
        <TextInput label={t('groups.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required w={220} />
        <TextInput label={t('groups.room')} value={room} onChange={(e) => setRoom(e.currentTarget.value)} w={160} />
        <NumberInput label={t('groups.capacity')} value={capacity} onChange={setCapacity} min={1} max={100} w={110} />
        <LocalTimeInput label={t('groups.opensAt')} value={opensAt} onChange={setOpensAt} w={90} />
        <LocalTimeInput label={t('groups.closesAt')} value={closesAt} onChange={setClosesAt} w={90} />
        <NumberInput label={t('groups.alarmDelay')} value={delay} onChange={setDelay} min={0} max={240} w={200} />
      </Group>
      <Checkbox.Group label={t('groups.weekdays')} value={weekdays} onChange={setWeekdays} mt="sm">
        <Group gap="sm" mt={4}>
          {[1, 2, 3, 4, 5, 6, 7].map((d) => (
            <Checkbox key={d} value={String(d)} label={formatWeekday(d, language)} />
          ))}
        </Group>
      </Checkbox.Group>
      <ErrorAlert error={error} />
      <Button type="submit" mt="md">{t('groups.create')}</Button>
    </Paper>
  );
}
