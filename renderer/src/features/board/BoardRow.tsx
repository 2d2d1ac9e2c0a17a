import { memo } from 'react';
import { Badge, Button, Chip, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayRow } from '#shared/contract/attendance';
import { mealColumns, type MealKind } from '#shared/domain/meals';
import { fullName, primaryAction, statusText } from './row-text';
import type { RowActions } from './use-row-actions';

interface Props {
  row: DayRow;
  /** The meals the centre serves now. */
  served: readonly MealKind[];
  /** The row's place in the shown list. */
  at: number;
  selected: boolean;
  /** Stable for the page's lifetime (use-row-actions.ts), so only rows whose data changed re-render. */
  actions: RowActions;
}

const statusColour = { expected: 'gray', present: 'teal', left: 'blue', absent: 'orange' } as const;

/** One client of the day: name, status, meals, transport, warnings from the card, and one-click actions. */
export const BoardRow = memo(function BoardRow({ row, served, at, selected, actions }: Props) {
  const { t } = useTranslation(['board', 'common']);
  const action = primaryAction(row);
  const here = row.status === 'present';
  return (
    <Table.Tr
      ref={(element) => actions.register(row.clientId, element)}
      tabIndex={selected ? 0 : -1}
      aria-selected={selected}
      onFocus={() => actions.select(at)}
      onClick={() => actions.select(at)}
      onKeyDown={(event) => actions.keyDown(event, row, at)}
      bg={selected ? 'teal.0' : undefined} data-client-id={row.clientId}>
      <Table.Td>
        <Stack gap={2}>
          <Text size="lg" fw={600}>{fullName(row)}</Text>
          <Group gap={4}>
            {row.wanderingRisk && <Badge color="red" variant="filled">{t('warning.wandering')}</Badge>}
            {row.diet && <Badge color="grape" variant="light">{t('warning.diet', { diet: row.diet })}</Badge>}
            {!row.hasDecision && <Badge color="yellow" variant="filled">{t('warning.noDecision')}</Badge>}
            {row.hasDecision && !row.expected && <Badge color="gray" variant="light">{t('status.unplanned')}</Badge>}
          </Group>
          {row.receptionNotes && <Text size="sm" c="dimmed">{row.receptionNotes}</Text>}
          {row.collectors.length > 0 && <Text size="sm" c="dimmed">{t('warning.collectors', { names: row.collectors.join(', ') })}</Text>}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="lg" c={`${statusColour[row.status]}.9`} data-testid="status">{statusText(row, t)}</Text>
      </Table.Td>
      <Table.Td>
        <Chip.Group multiple value={row.meals} onChange={(value) => actions.meals(row, value)}>
          <Group gap={4}>
            {/* Served meals, plus a meal this row recorded before the centre stopped serving it: shown ticked so
                it can be seen and taken off, and gone once it is (the core refuses adding it back). */}
            {mealColumns(served, [row.meals]).map((kind) => (
              <Chip key={kind} value={kind} size="xs" disabled={!here}>{t(`common:meal.${kind}`)}</Chip>
            ))}
          </Group>
        </Chip.Group>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <Chip size="xs" checked={row.transportTo} disabled={!here} onChange={(on) => actions.transport(row, on, row.transportFrom)}>{t('transport.to')}</Chip>
          <Chip size="xs" checked={row.transportFrom} disabled={!here} onChange={(on) => actions.transport(row, row.transportTo, on)}>{t('transport.from')}</Chip>
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {action && (
            <Button size="sm" tabIndex={-1} variant={action === 'attendance.checkIn' ? 'filled' : 'light'} onClick={() => actions.primary(row)}>
              {t(action === 'attendance.checkIn' ? 'action.checkIn' : 'action.checkOut')}
            </Button>
          )}
          {row.status !== 'present' && row.status !== 'left' && (
            <Button size="sm" tabIndex={-1} variant="default" onClick={() => actions.absence(row)}>{t('action.absent')}</Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
});
