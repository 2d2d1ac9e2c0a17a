import { useState } from 'react';
import { Button, Fieldset, Group, Input, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { incidentKinds, type IncidentKind } from '#shared/domain/incidents';
import { informedFields } from '#shared/contract/incidents';
import { api, ApiError } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { LocalTimeInput } from '../../components/LocalTimeInput';
import { serverFieldErrors, type FormErrors } from '../../forms/zod-validate';
import { useToday } from '../clock/TodayProvider';

type InformedField = (typeof informedFields)[number];
const noneInformed = Object.fromEntries(informedFields.map((f) => [f, { date: '', time: '' }])) as Record<InformedField, { date: string; time: string }>;

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
  // When each party was told: a date (the incident's unless changed; families are often told the next day) and a time.
  const [informed, setInformed] = useState<Record<InformedField, { date: string; time: string }>>(noneInformed);
  const [action, setAction] = useState('');
  const [responsibleId, setResponsibleId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<FormErrors>({});
  const moment = (field: InformedField) => {
    const { date, time } = informed[field];
    return time ? `${date || occurredOn}T${time}` : '';
  };
  const inform = (field: InformedField, part: 'date' | 'time', value: string) => setInformed((all) => ({ ...all, [field]: { ...all[field], [part]: value } }));

  const save = async () => {
    try {
      setFieldErrors({});
      const { incident } = await api.call('incidents.create', {
        clientId: Number(clientId), kind, occurredOn, occurredAt, place, description, injuries,
        familyInformedAt: moment('familyInformedAt'), doctorInformedAt: moment('doctorInformedAt'), municipalityInformedAt: moment('municipalityInformedAt'),
        ...(action ? { followUps: [{ action, responsibleId: Number(responsibleId), dueOn }] } : {}),
      });
      onCreated(incident.id);
    } catch (failure) {
      setError(failure);
      if (failure instanceof ApiError) setFieldErrors(serverFieldErrors(failure.error.issues));
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
          {informedFields.map((field) => (
            <Fieldset key={field} legend={t(`incidents.${field}`)} p="xs">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <LocalDateInput label={t('incidents.informedOn')} style={{ flex: 1 }} value={informed[field].date || occurredOn} onChange={(v) => inform(field, 'date', v)}
                  error={fieldErrors[field] ? true : undefined} aria-describedby={fieldErrors[field] ? `${field}-error` : undefined} />
                <LocalTimeInput label={t('incidents.informedTime')} w={72} value={informed[field].time} onChange={(v) => inform(field, 'time', v)}
                  error={fieldErrors[field] ? true : undefined} aria-describedby={fieldErrors[field] ? `${field}-error` : undefined} />
              </Group>
              {fieldErrors[field] && <Input.Error id={`${field}-error`} mt={4}>{fieldErrors[field]}</Input.Error>}
            </Fieldset>
          ))}
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
