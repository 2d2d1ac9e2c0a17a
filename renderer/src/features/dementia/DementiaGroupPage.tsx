import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DementiaDay, ProgrammeItem } from '#shared/contract/dementia';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { formatDay, formatWeekday } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useToday } from '../clock/TodayProvider';
import { ClientAvatar } from './ClientPhoto';
import { SlotsEditor, fromSlots, toInputSlots, type Slot } from './SlotsEditor';
import { personName, useCan } from './names';
import { NotCollectedPanel } from '../dementia-safety/NotCollectedBadge';

/** `#/dementia/:id`: one group's day — participants with photo, risk, diet and collectors; programme; members; template. */
export function DementiaGroupPage({ id }: { id: number }) {
  const { t } = useTranslation('dementia');
  const language = useLanguage();
  const [date, setDate] = useState(useToday());
  const day = useCall('dementia.day', { groupId: id, date });
  const detail = useCall('dementia.groups.get', { id });
  const canObserve = useCan('dementia.observations.get');
  if (!day.data || !detail.data) return <ErrorAlert error={day.error ?? detail.error} />;
  const { group } = day.data;
  return (
    <Stack>
      <Anchor component={Link} href="/dementia">{t('group.back')}</Anchor>
      <Title order={1} size="h2">{group.name}</Title>
      <NotCollectedPanel date={date} groupId={id} />
      <Text>{[group.room, `${group.opensAt}–${group.closesAt}`, group.weekdays.map((d) => formatWeekday(d, language)).join(', ')].filter(Boolean).join(' · ')}</Text>
      <Group align="flex-end">
        <LocalDateInput label={t('group.date')} value={date} onChange={(v) => v && setDate(v)} w={180} />
        <Text fw={500}>{formatDay(date, language)}</Text>
        {canObserve && day.data.sessionId !== null && (
          <Button component={Link} href={`/dementia/sessions/${day.data.sessionId}/observations`}>{t('obs.open')}</Button>
        )}
      </Group>
      {!day.data.meets && <Alert color="gray">{t('group.doesNotMeet')}</Alert>}
      <Participants day={day.data} canObserve={canObserve} />
      <Programme key={day.data.date} day={day.data} staffOptions={detail.data.staff} onSaved={() => void day.refetch()} />
      <Members groupId={id} detail={detail.data} onSaved={() => void Promise.all([detail.refetch(), day.refetch()])} />
      <Template groupId={id} weekdays={group.weekdays} />
    </Stack>
  );
}

function Participants({ day, canObserve }: { day: DementiaDay; canObserve: boolean }) {
  const { t } = useTranslation('dementia');
  const { t: tc } = useTranslation('clients');
  const relation = (r: string) => (tc as unknown as (k: string) => string)(`relation.${r}`);
  return (
    <section aria-label={t('group.participants')}>
      <Title order={2} size="h4" mb="xs">{t('group.participants')}</Title>
      {day.participants.length === 0 && <Text c="dimmed">{t('group.noParticipants')}</Text>}
      <SimpleGrid cols={3} spacing="sm">
        {day.participants.map((p) => (
          <Card key={p.clientId} withBorder padding="sm" data-testid="dementia-participant">
            <Group align="flex-start" wrap="nowrap">
              <ClientAvatar clientId={p.clientId} name={personName(p)} hasPhoto={p.hasPhoto} />
              <Stack gap={4} miw={0}>
                <Anchor component={Link} href={canObserve ? `/dementia/clients/${p.clientId}` : `/clients/${p.clientId}`} fw={600}>
                  {personName(p)}
                </Anchor>
                <Group gap={4}>
                  {p.wanderingRisk && <Badge color="red" variant="filled">{t('group.wandering')}</Badge>}
                  <Badge color={p.attendance === 'present' ? 'teal' : p.attendance === 'absent' ? 'orange' : 'gray'} variant="light">
                    {p.attendance === 'present' ? (p.leftAt ? t('group.left', { time: p.leftAt }) : t('group.arrived', { time: p.arrivedAt ?? '' })) : p.attendance === 'absent' ? t('group.absent') : t('group.notMarked')}
                  </Badge>
                </Group>
                {p.diet && <Text size="sm">{`${t('group.diet')}: ${p.diet}`}</Text>}
                <Text size="sm" fw={500}>{`${t('group.collectors')}:`}</Text>
                {p.collectors.length === 0 && <Text size="sm" c="dimmed">{t('group.noCollectors')}</Text>}
                {p.collectors.map((c, i) => (
                  <Text size="sm" key={i}>
                    {`${c.name} (${relation(c.relation)})`} {c.phone && <Anchor href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</Anchor>}
                  </Text>
                ))}
              </Stack>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}

function Programme({ day, staffOptions, onSaved }: { day: DementiaDay; staffOptions: { staffId: number; fullName: string }[]; onSaved: () => void }) {
  const { t } = useTranslation('dementia');
  const catalogue = useCall('dementia.catalogue.list', {});
  const canWrite = useCan('dementia.programme.set');
  const [slots, setSlots] = useState<Slot[]>(fromSlots(day.programme));
  const [staffIds, setStaffIds] = useState<string[]>(day.staffPresent.map((s) => String(s.staffId)));
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const run = async (work: () => Promise<DementiaDay>) => {
    setError(null);
    setSaved(false);
    try {
      const answer = await work();
      setSlots(fromSlots(answer.programme));
      setStaffIds(answer.staffPresent.map((s) => String(s.staffId)));
      setSaved(true);
      onSaved();
    } catch (failure) {
      setError(failure);
    }
  };
  const staff = [...staffOptions, ...day.staffPresent.filter((s) => !staffOptions.some((o) => o.staffId === s.staffId))];
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">{t('programme.title')}</Title>
      {slots.length === 0 && <Text c="dimmed" mb="xs">{t('programme.empty')}</Text>}
      <SlotsEditor label={t('programme.title')} slots={slots} onChange={setSlots} items={catalogue.data?.items ?? []} readOnly={!canWrite} />
      {canWrite && (
        <>
          <MultiSelect
            mt="sm"
            label={t('programme.staffPresent')}
            data={staff.map((s) => ({ value: String(s.staffId), label: s.fullName }))}
            value={staffIds}
            onChange={setStaffIds}
            w={480}
          />
          <Group mt="sm">
            <Button variant="default" disabled={!day.meets} onClick={() => void run(() => api.call('dementia.programme.fromTemplate', { groupId: day.group.id, date: day.date }))}>
              {t('programme.fromTemplate')}
            </Button>
            <Button
              disabled={!day.meets}
              onClick={() => void run(() => api.call('dementia.programme.set', { groupId: day.group.id, date: day.date, slots: toInputSlots(slots), staffIds: staffIds.map(Number) }))}
            >
              {t('programme.save')}
            </Button>
          </Group>
        </>
      )}
      {!canWrite && day.staffPresent.length > 0 && <Text mt="xs">{`${t('programme.staffPresent')}: ${day.staffPresent.map((s) => s.fullName).join(', ')}`}</Text>}
      {saved && <Text c="teal.9" role="status" mt="xs">{t('programme.saved')}</Text>}
      <ErrorAlert error={error} />
    </Paper>
  );
}

function Members({ groupId, detail, onSaved }: { groupId: number; detail: { members: { clientId: number; firstName: string; lastName: string; hasDecision: boolean }[] }; onSaved: () => void }) {
  const { t } = useTranslation('dementia');
  const canWrite = useCan('dementia.groups.setMembers');
  const candidates = useCall('dementia.groups.candidates', {}, { enabled: canWrite });
  const [value, setValue] = useState<string[]>(detail.members.map((m) => String(m.clientId)));
  const [error, setError] = useState<unknown>(null);
  if (!canWrite) return null;
  const people = new Map<number, string>();
  for (const m of detail.members) people.set(m.clientId, personName(m) + (m.hasDecision ? '' : ` (${t('group.noDecision')})`));
  for (const c of candidates.data?.clients ?? []) if (!people.has(c.clientId)) people.set(c.clientId, personName(c));
  const save = async () => {
    setError(null);
    try {
      await api.call('dementia.groups.setMembers', { groupId, clientIds: value.map(Number) });
      onSaved();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">{t('group.members')}</Title>
      <Group align="flex-end">
        <MultiSelect label={t('group.editMembers')} data={[...people].map(([id, label]) => ({ value: String(id), label }))} value={value} onChange={setValue} searchable w={640} />
        <Button onClick={() => void save()}>{t('group.saveMembers')}</Button>
      </Group>
      <ErrorAlert error={error} />
    </Paper>
  );
}

function Template({ groupId, weekdays }: { groupId: number; weekdays: number[] }) {
  const { t } = useTranslation('dementia');
  const language = useLanguage();
  const canWrite = useCan('dementia.template.set');
  const template = useCall('dementia.template.get', { groupId });
  const catalogue = useCall('dementia.catalogue.list', {});
  const [weekday, setWeekday] = useState(weekdays[0] ?? 1);
  const current = template.data?.days.find((d) => d.weekday === weekday)?.slots ?? [];
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">{t('template.title')}</Title>
      <Select
        label={t('template.weekday')}
        data={weekdays.map((d) => ({ value: String(d), label: formatWeekday(d, language) }))}
        value={String(weekday)}
        onChange={(v) => v && setWeekday(Number(v))}
        allowDeselect={false}
        w={200}
        mb="sm"
      />
      {template.data && (
        <TemplateDay
          key={weekday}
          groupId={groupId}
          weekday={weekday}
          initial={fromSlots(current)}
          items={catalogue.data?.items ?? []}
          canWrite={canWrite}
          onSaved={() => void template.refetch()}
        />
      )}
    </Paper>
  );
}

function TemplateDay({ groupId, weekday, initial, items, canWrite, onSaved }: { groupId: number; weekday: number; initial: Slot[]; items: ProgrammeItem[]; canWrite: boolean; onSaved: () => void }) {
  const { t } = useTranslation('dementia');
  const [slots, setSlots] = useState<Slot[]>(initial);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const save = async () => {
    setError(null);
    setSaved(false);
    try {
      await api.call('dementia.template.set', { groupId, weekday, slots: toInputSlots(slots) });
      setSaved(true);
      onSaved();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <>
      {slots.length === 0 && <Text c="dimmed" mb="xs">{t('template.empty')}</Text>}
      <SlotsEditor label={t('template.title')} slots={slots} onChange={setSlots} items={items} readOnly={!canWrite} />
      {canWrite && <Button mt="sm" onClick={() => void save()}>{t('template.save')}</Button>}
      {saved && <Text c="teal.9" role="status" mt="xs">{t('template.saved')}</Text>}
      <ErrorAlert error={error} />
    </>
  );
}
