import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Counters {
  expected: number;
  present: number;
  absent: number;
  notArrived: number;
}

const order = ['expected', 'present', 'absent', 'notArrived'] as const;
const colours = { expected: 'gray', present: 'teal', absent: 'orange', notArrived: 'blue' } as const;

/** The four numbers reception glances at, each a whole phrase with the language's plural form. */
export function BoardCounters({ counters }: { counters: Counters }) {
  const { t } = useTranslation('board');
  return (
    <Group gap="xs" role="group" aria-label={t('counters.label')} wrap="nowrap">
      {order.map((key) => (
        <Paper key={key} withBorder px="sm" py={4} radius="md">
          <Text size="sm" fw={600} c={`${colours[key]}.9`} data-testid={`counter-${key}`} style={{ whiteSpace: 'nowrap' }}>
            {t(`counters.${key}`, { count: counters[key] })}
          </Text>
        </Paper>
      ))}
    </Group>
  );
}
