import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MethodName } from '#shared/contract/index';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { IncidentFacts } from './IncidentFacts';

/** `#/incidents/:id`: one report, its follow-up actions, and closing by a manager. */
export function IncidentDetailPage({ id, mayClose }: { id: number; mayClose: boolean }) {
  const { t } = useTranslation('safety');
  const language = useLanguage();
  const queryClient = useQueryClient();
  const detail = useCall('incidents.get', { id });
  const staff = useCall('incidents.responsibles', {});
  const [action, setAction] = useState('');
  const [responsibleId, setResponsibleId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const run = async <M extends MethodName>(method: M, input: Parameters<typeof api.call<M>>[1]) => {
    try {
      await api.call(method, input);
      setError(null);
      await queryClient.invalidateQueries({ queryKey: ['incidents.get', { id }] });
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    }
  };
  const incident = detail.data?.incident;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t('incidents.reportTitle')}</Title>
        <Group>
          <Anchor component={Link} href="/incidents">{t('incidents.title')}</Anchor>
          <Anchor href={`#/print/incident/${id}`}>{t('incidents.print')}</Anchor>
        </Group>
      </Group>
      <ErrorAlert error={detail.error ?? error} />
      {incident && (
        <>
          <Card withBorder><IncidentFacts incident={incident} t={t} language={language} /></Card>
          <Title order={2} size="h4">{t('incidents.followUps')}</Title>
          <Table aria-label={t('incidents.followUps')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('incidents.action')}</Table.Th>
                <Table.Th>{t('incidents.responsible')}</Table.Th>
                <Table.Th>{t('incidents.dueOn')}</Table.Th>
                <Table.Th>{t('incidents.done')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {incident.followUps.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>{f.action}</Table.Td>
                  <Table.Td>{f.responsibleName}</Table.Td>
                  <Table.Td>
                    {formatDate(f.dueOn, language)} {f.overdue && <Badge color="red.9">{t('incidents.overdue')}</Badge>}
                  </Table.Td>
                  <Table.Td>
                    {f.doneAt ? f.doneByName : !incident.closedAt && (
                      <Button size="xs" variant="light" onClick={() => void run('incidents.completeFollowUp', { id: f.id })}>{t('incidents.markDone')}</Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {!incident.closedAt && (
            <SimpleGrid cols={4} verticalSpacing="xs">
              <TextInput label={t('incidents.action')} value={action} onChange={(e) => setAction(e.currentTarget.value)} />
              <Select label={t('incidents.responsible')} value={responsibleId} onChange={setResponsibleId}
                data={(staff.data?.staff ?? []).map((s) => ({ value: String(s.id), label: s.fullName }))} />
              <LocalDateInput label={t('incidents.dueOn')} value={dueOn} onChange={setDueOn} />
              <Button mt="lg" onClick={() => void run('incidents.addFollowUp', { incidentId: id, action, responsibleId: Number(responsibleId), dueOn }).then((ok) => ok && setAction(''))}>
                {t('incidents.addFollowUp')}
              </Button>
            </SimpleGrid>
          )}
          {!incident.closedAt && mayClose && (
            <Group align="flex-end">
              <TextInput label={t('incidents.closingNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} w={400} />
              <Button color="teal.9" onClick={() => void run('incidents.close', { id, note })}>{t('incidents.close')}</Button>
            </Group>
          )}
          {incident.closedAt && <Text>{`${t('incidents.closedBy')}: ${incident.closedByName ?? ''}, ${formatDate(incident.closedAt.slice(0, 10), language)}`}</Text>}
        </>
      )}
    </Stack>
  );
}
