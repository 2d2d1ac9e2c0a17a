import { Group, Kbd, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The board's keys as key caps, one line. The caps name the physical keys (on a Russian layout the
 * letter the key also carries is shown beside it), since shortcuts go by position, not by letter.
 */
export function BoardKeysHelp({ meal }: { meal: string }) {
  const { t } = useTranslation('board');
  const items: [string, string][] = [
    ['↑ ↓', t('help.move')],
    ['Enter', t('help.enter')],
    [t('caps.absence'), t('help.absence')],
    [t('caps.reasons'), ''],
    [t('caps.meal'), t('help.meal', { meal })],
    [t('caps.undo'), t('help.undo')],
    [t('caps.search'), t('help.search')],
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
