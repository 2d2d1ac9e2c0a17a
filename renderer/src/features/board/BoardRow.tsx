import { forwardRef, type KeyboardEvent } from 'react';
import { Badge, Button, Chip, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayRow } from '#shared/contract/attendance';
import { mealColumns, type MealKind } from '#shared/domain/meals';
import { fullName, primaryAction, statusText } from './row-text';

interface Props {
  row: DayRow;
  /** The meals the centre serves now. */
  served: readonly MealKind[];
  selected: boolean;
  onSelect: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => void;
  onPrimary: () => void;
  onAbsence: () => void;
  onMeals: (meals: MealKind[]) => void;
  onTransport: (to: boolean, from: boolean) => void;
}

const statusColour = { expected: 'gray', present: 'teal', left: 'blue', absent: 'orange' } as const;

/** One client of the day: name, status, meals, transport, warnings from the card, and one-click actions. */
export const BoardRow = forwardRef<HTMLTableRowElement, Props>(function BoardRow(props, ref) {
  const { row, served, selected, onSelect, onKeyDown, onPrimary, onAbsence, onMeals, onTransport } = props;
  const { t } = useTranslation(['board', 'common']);
  const action = primaryAction(row);
  const here = row.status === 'present';
  return (
    <Table.Tr ref={ref} tabIndex={selected ? 0 : -1} aria-selected={selected} onFocus={onSelect} onClick={onSelect} onKeyDown={onKeyDown} bg={selected ? 'teal.0' : undefined} data-client-id={row.clientId}>
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
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="lg" c={`${statusColour[row.status]}.9`} data-testid="status">{statusText(row, t)}</Text>
      </Table.Td>
      <Table.Td>
        <Chip.Group multiple value={row.meals} onChange={(value) => onMeals(value)}>
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
          <Chip size="xs" checked={row.transportTo} disabled={!here} onChange={(on) => onTransport(on, row.transportFrom)}>{t('transport.to')}</Chip>
          <Chip size="xs" checked={row.transportFrom} disabled={!here} onChange={(on) => onTransport(row.transportTo, on)}>{t('transport.from')}</Chip>
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {action && (
            <Button size="sm" tabIndex={-1} variant={action === 'attendance.checkIn' ? 'filled' : 'light'} onClick={onPrimary}>
              {t(action === 'attendance.checkIn' ? 'action.checkIn' : 'action.checkOut')}
            </Button>
          )}
          {row.status !== 'present' && row.status !== 'left' && (
            <Button size="sm" tabIndex={-1} variant="default" onClick={onAbsence}>{t('action.absent')}</Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
});
