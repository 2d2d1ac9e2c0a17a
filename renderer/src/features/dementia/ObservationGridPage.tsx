import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Anchor, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MethodOutput } from '#shared/contract/index';
import type { ObservationRowInput } from '#shared/contract/dementia';
import { behaviourKinds, scaleNames, scaleSteps, type ObservationScale } from '#shared/domain/dementia';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DraftOffer } from '../../forms/DraftOffer';
import { useFormDraft } from '../../forms/use-form-draft';
import { formatDay } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { personName } from './names';

type Grid = MethodOutput<'dementia.observations.get'>;
interface RowValues {
  mood: string;
  engagement: string;
  appetite: string;
  sleepiness: string;
  behaviours: string[];
  helped: string;
  note: string;
}
type Values = { rows: Record<string, RowValues> };

const autosaveMs = 800;

function initialValues(grid: Grid): Values {
  const rows: Record<string, RowValues> = {};
  for (const p of grid.participants) {
    const o = grid.observations.find((x) => x.clientId === p.clientId);
    const s = (n: number | null | undefined) => (n == null ? '' : String(n));
    rows[p.clientId] = { mood: s(o?.mood), engagement: s(o?.engagement), appetite: s(o?.appetite), sleepiness: s(o?.sleepiness), behaviours: o?.behaviours ?? [], helped: o?.helped ?? '', note: o?.note ?? '' };
  }
  return { rows };
}

const toInput = (clientId: number, r: RowValues): ObservationRowInput => {
  const n = (v: string) => (v === '' ? null : Number(v));
  return { clientId, mood: n(r.mood), engagement: n(r.engagement), appetite: n(r.appetite), sleepiness: n(r.sleepiness), behaviours: r.behaviours as ObservationRowInput['behaviours'], helped: r.helped, note: r.note };
};

/** `#/dementia/sessions/:id/observations`: one row per participant, keyboard first, saved as it is typed. */
export function ObservationGridPage({ sessionId }: { sessionId: number }) {
  const grid = useCall('dementia.observations.get', { sessionId }, { refetchOnWindowFocus: false });
  if (!grid.data) return <ErrorAlert error={grid.error} />;
  return <ObservationGrid grid={grid.data} />;
}

function ObservationGrid({ grid }: { grid: Grid }) {
  const { t } = useTranslation('dementia');
  const language = useLanguage();
  const form = useForm<Values>({ mode: 'controlled', initialValues: initialValues(grid) });
  const draft = useFormDraft(form, { form: 'dementia-observations', recordId: grid.sessionId });
  const saved = useRef(JSON.stringify(form.getInitialValues().rows));
  const draftRef = useRef(draft);
  useEffect(() => {
    draftRef.current = draft;
  });
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<unknown>(null);
  const values = JSON.stringify(form.values.rows);

  useEffect(() => {
    if (values === saved.current) return;
    const timer = setTimeout(() => {
      const before = JSON.parse(saved.current) as Values['rows'];
      const now = JSON.parse(values) as Values['rows'];
      const rows = Object.entries(now)
        .filter(([id, r]) => JSON.stringify(r) !== JSON.stringify(before[id]))
        .map(([id, r]) => toInput(Number(id), r));
      if (rows.length === 0) return;
      setStatus('saving');
      api.call('dementia.observations.save', { sessionId: grid.sessionId, rows }).then(
        () => {
          saved.current = values;
          setError(null);
          setStatus('saved');
          // Everything typed is on the server now; a draft would only offer it back.
          if (JSON.stringify(form.getValues().rows) === values) draftRef.current.clear();
        },
        (failure: unknown) => {
          setError(failure);
          setStatus('idle');
        },
      );
    }, autosaveMs);
    return () => clearTimeout(timer);
  }, [values, grid.sessionId, form]);

  /** Enter: the same field one row down; Shift+Enter: one row up (Tab moves along the row). */
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.code !== 'Enter' && event.code !== 'NumpadEnter') return;
    const target = event.target as HTMLElement;
    const row = Number(target.dataset.row);
    const col = target.dataset.col;
    // In the notes Enter is a new line.
    if (Number.isNaN(row) || !col || target.tagName === 'TEXTAREA') return;
    const next = document.querySelector<HTMLElement>(`[data-row="${row + (event.shiftKey ? -1 : 1)}"][data-col="${col}"]`);
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };
  const scaleOptions = (scale: ObservationScale) => [
    { value: '', label: t('obs.notSet') },
    ...scaleSteps(scale).map((step) => ({ value: String(step), label: `${step} – ${(t as unknown as (k: string) => string)(`scale.${scale}.${step}`)}` })),
  ];

  return (
    <Stack>
      <Anchor component={Link} href="/dementia">{t('obs.back')}</Anchor>
      <Title order={1} size="h2">{`${t('obs.title')}: ${formatDay(grid.date, language)}`}</Title>
      <Text size="sm">{t('obs.hint')}</Text>
      <DraftOffer draft={draft} />
      <Group gap="xs" aria-live="polite">
        {status === 'saving' && <Text size="sm" role="status">{t('obs.saving')}</Text>}
        {status === 'saved' && <Text size="sm" c="teal.9" role="status" data-testid="observations-saved">{t('obs.saved')}</Text>}
      </Group>
      <ErrorAlert error={error} />
      {grid.participants.length === 0 && <Text c="dimmed">{t('obs.noParticipants')}</Text>}
      <Table aria-label={t('obs.title')} onKeyDown={onKeyDown} verticalSpacing={4} horizontalSpacing={6} style={{ tableLayout: 'fixed' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={140}>{t('obs.participant')}</Table.Th>
            {scaleNames.map((s) => (
              <Table.Th key={s} w={150}>{t(`obs.${s}`)}</Table.Th>
            ))}
            <Table.Th w={200}>{t('obs.behaviours')}</Table.Th>
            <Table.Th>{`${t('obs.helped')} / ${t('obs.note')}`}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grid.participants.map((p, rowIndex) => {
            const path = `rows.${p.clientId}`;
            const row = form.values.rows[p.clientId]!;
            const name = personName(p);
            return (
              <Table.Tr key={p.clientId} data-testid="observation-row">
                <Table.Td>
                  <Anchor component={Link} href={`/dementia/clients/${p.clientId}`} size="sm">{name}</Anchor>
                </Table.Td>
                {scaleNames.map((s) => (
                  <Table.Td key={s}>
                    <NativeSelect
                      size="xs"
                      aria-label={`${t(`obs.${s}`)}: ${name}`}
                      data={scaleOptions(s)}
                      data-row={rowIndex}
                      data-col={s}
                      {...form.getInputProps(`${path}.${s}`)}
                    />
                  </Table.Td>
                ))}
                <Table.Td>
                  <Stack gap={2}>
                    {behaviourKinds.map((b) => (
                      <Checkbox
                        key={b}
                        size="xs"
                        label={t(`behaviour.${b}`)}
                        aria-label={`${t(`behaviour.${b}`)}: ${name}`}
                        data-row={rowIndex}
                        data-col={b}
                        checked={row.behaviours.includes(b)}
                        onChange={(e) => form.setFieldValue(`${path}.behaviours`, e.currentTarget.checked ? [...row.behaviours, b] : row.behaviours.filter((x) => x !== b))}
                      />
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <TextInput size="xs" placeholder={t('obs.helped')} aria-label={`${t('obs.helped')}: ${name}`} maxLength={500} data-row={rowIndex} data-col="helped" {...form.getInputProps(`${path}.helped`)} />
                    <Textarea size="xs" autosize minRows={2} placeholder={t('obs.note')} aria-label={`${t('obs.note')}: ${name}`} maxLength={2000} data-row={rowIndex} data-col="note" {...form.getInputProps(`${path}.note`)} />
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
