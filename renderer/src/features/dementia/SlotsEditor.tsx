import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeItem } from '#shared/contract/dementia';
import { LocalTimeInput } from '../../components/LocalTimeInput';
import { useLanguage } from '../../i18n/use-language';
import { itemName } from './names';

export interface Slot {
  startTime: string;
  endTime: string;
  itemId: number | null;
  note: string;
}

/** Rows of programme items with their times: the day's programme and each weekday of the template. */
export function SlotsEditor({ label, slots, onChange, items, readOnly }: { label: string; slots: Slot[]; onChange: (slots: Slot[]) => void; items: ProgrammeItem[]; readOnly: boolean }) {
  const { t } = useTranslation('dementia');
  const language = useLanguage();
  const options = items.filter((i) => i.active).map((i) => ({ value: String(i.id), label: itemName(items, i.id, language) }));
  const set = (index: number, patch: Partial<Slot>) => onChange(slots.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  if (readOnly) {
    return (
      <Stack gap={2} aria-label={label} role="list">
        {slots.map((s, i) => (
          <Text key={i} role="listitem">{`${s.startTime}–${s.endTime} ${s.itemId ? itemName(items, s.itemId, language) : ''}${s.note ? ` (${s.note})` : ''}`}</Text>
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap="xs" role="group" aria-label={label}>
      {slots.map((s, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <LocalTimeInput label={t('programme.start')} aria-label={`${t('programme.start')} ${i + 1}`} value={s.startTime} onChange={(v) => set(i, { startTime: v })} w={80} />
          <LocalTimeInput label={t('programme.end')} aria-label={`${t('programme.end')} ${i + 1}`} value={s.endTime} onChange={(v) => set(i, { endTime: v })} w={80} />
          <Select label={t('programme.item')} aria-label={`${t('programme.item')} ${i + 1}`} data={options} value={s.itemId ? String(s.itemId) : null} onChange={(v) => set(i, { itemId: v ? Number(v) : null })} w={260} allowDeselect={false} />
          <TextInput label={t('programme.note')} aria-label={`${t('programme.note')} ${i + 1}`} value={s.note} onChange={(e) => set(i, { note: e.currentTarget.value })} w={220} maxLength={200} />
          <Button size="xs" variant="subtle" color="red" mb={4} aria-label={`${t('programme.remove')} ${i + 1}`} onClick={() => onChange(slots.filter((_, j) => j !== i))}>
            {t('programme.remove')}
          </Button>
        </Group>
      ))}
      <Group>
        <Button size="xs" variant="light" onClick={() => onChange([...slots, { startTime: slots.at(-1)?.endTime ?? '09:00', endTime: '', itemId: null, note: '' }])}>
          {t('programme.add')}
        </Button>
      </Group>
    </Stack>
  );
}

export const toInputSlots = (slots: Slot[]) =>
  slots.filter((s) => s.itemId !== null).map((s) => ({ startTime: s.startTime, endTime: s.endTime, itemId: s.itemId as number, note: s.note }));
export const fromSlots = (slots: { startTime: string; endTime: string; itemId: number; note: string | null }[]): Slot[] =>
  slots.map((s) => ({ startTime: s.startTime, endTime: s.endTime, itemId: s.itemId, note: s.note ?? '' }));
