import { useState } from 'react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { incidentKinds, type IncidentKind } from '#shared/domain/incidents';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { LocalTimeInput } from '../../components/LocalTimeInput';
import { useToday } from '../clock/TodayProvider';

/** A new incident report, with one optional first follow-up action. */
export function IncidentForm({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useTranslation('safety');
  const today = useToday();
  const clients = useCall('clients.list', { status: 'active' });
  const staff = useCall('incidents.responsibles', {});
  const [clientId, setClientId] = useState<string | null>(null);
  const [kind, setKind] = useState<IncidentKind>('fall');
  const [occurredOn, setOccurredOn] = useState(today);
  const [occurredAt, setOccurredAt] = useState('');
  const [place, setPlace] = useState('');
  const [description, setDescription] = useState('');
  const [injuries, setInjuries] = useState('');
  const [family, setFamily] = useState('');
  const [doctor, setDoctor] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [action, setAction] = useState('');
  const [responsibleId, setResponsibleId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<unknown>(null);
  const moment = (value: string) => (value ? `${occurredOn}T${value}` : '');

  const save = async () => {
    try {
      const { incident } = await api.call('incidents.create', {
        clientId: Number(clientId), kind, occurredOn, occurredAt, place, description, injuries,
        familyInformedAt: moment(family), doctorInformedAt: moment(doctor), municipalityInformedAt: moment(municipality),
        ...(action ? { followUps: [{ action, responsibleId: Number(responsibleId), dueOn }] } : {}),
      });
      onCreated(incident.id);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('incidents.new')} size="xl">
      <Stack gap="xs">
        <ErrorAlert error={error ?? clients.error} />
        <SimpleGrid cols={2}>
          <Select label={t('incidents.client')} placeholder={t('incidents.clientPlaceholder')} searchable required value={clientId} onChange={setClientId}
            data={(clients.data?.clients ?? []).map((c) => ({ value: String(c.id), label: `${c.firstName} ${c.lastName}` }))} />
          <Select label={t('incidents.kind')} required value={kind} onChange={(v) => v && setKind(v)} allowDeselect={false}
            data={incidentKinds.map((k) => ({ value: k, label: t(`incidents.kinds.${k}`) }))} />
          <LocalDateInput label={t('incidents.occurredOn')} required value={occurredOn} onChange={setOccurredOn} />
          <LocalTimeInput label={t('incidents.occurredAt')} required value={occurredAt} onChange={setOccurredAt} />
        </SimpleGrid>
        <TextInput label={t('incidents.place')} required value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
        <Textarea label={t('incidents.description')} required autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <Textarea label={t('incidents.injuries')} autosize minRows={1} value={injuries} onChange={(e) => setInjuries(e.currentTarget.value)} />
        <SimpleGrid cols={3}>
          <LocalTimeInput label={t('incidents.familyInformedAt')} value={family} onChange={setFamily} />
          <LocalTimeInput label={t('incidents.doctorInformedAt')} value={doctor} onChange={setDoctor} />
          <LocalTimeInput label={t('incidents.municipalityInformedAt')} value={municipality} onChange={setMunicipality} />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <TextInput label={t('incidents.action')} value={action} onChange={(e) => setAction(e.currentTarget.value)} />
          <Select label={t('incidents.responsible')} value={responsibleId} onChange={setResponsibleId}
            data={(staff.data?.staff ?? []).map((s) => ({ value: String(s.id), label: s.fullName }))} />
          <LocalDateInput label={t('incidents.dueOn')} value={dueOn} onChange={setDueOn} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button onClick={() => void save()} disabled={!clientId}>{t('incidents.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
