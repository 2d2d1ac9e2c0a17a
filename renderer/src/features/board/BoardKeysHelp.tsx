import { Group, Kbd, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/contract/common';
import { useLanguage } from '../../i18n/use-language';

/**
 * The symbols printed on the keys, not words to translate: the Latin letter everywhere, and on a
 * Russian keyboard the Cyrillic letter the same key carries beside it.
 */
const latinCaps = { absence: 'A', reasons: '1–6', meal: 'M', undo: 'Ctrl+Z', search: '/' };
const keyCaps: Record<UiLanguage, typeof latinCaps> = {
  lv: latinCaps,
  lt: latinCaps,
  en: latinCaps,
  ru: { absence: 'A (Ф)', reasons: '1–6', meal: 'M (Ь)', undo: 'Ctrl+Z (Я)', search: '/ (.)' },
};

/**
 * The board's keys as key caps, one line. The caps name the physical keys (on a Russian layout the
 * letter the key also carries is shown beside it), since shortcuts go by position, not by letter.
 */
export function BoardKeysHelp({ meal }: { meal: string }) {
  const { t } = useTranslation('board');
  const caps = keyCaps[useLanguage()];
  const items: [string, string][] = [
    ['↑ ↓', t('help.move')],
    ['Enter', t('help.enter')],
    [caps.absence, t('help.absence')],
    [caps.reasons, ''],
    [caps.meal, t('help.meal', { meal })],
    [caps.undo, t('help.undo')],
    [caps.search, t('help.search')],
  ];
  return (
    <Group gap="sm" wrap="wrap" aria-label={t('help.title')} role="note" data-testid="board-keys">
      {items.map(([cap, what]) => (
        <Group key={cap} gap={4} wrap="nowrap">
          <Kbd size="xs">{cap}</Kbd>
          {what && <Text size="xs" c="dark.5">{what}</Text>}
        </Group>
      ))}
    </Group>
  );
}
