import { memo } from 'react';
import { Button, Chip, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayRow } from '#shared/contract/attendance';
import { mealColumns, type MealKind } from '#shared/domain/meals';
import { fullName, primaryAction, statusText } from './row-text';
import { RowWarnings } from './RowWarnings';
import type { RowActions } from './use-row-actions';
import type { Booking } from '#shared/contract/bookings';
import { TodayBookings } from '../bookings/TodayBookings';

interface Props {
  row: DayRow;
  /** The meals the centre serves now. */
  served: readonly MealKind[];
  /** The row's place in the shown list. */
  at: number;
  selected: boolean;
  /** Stable for the page's lifetime (use-row-actions.ts), so only rows whose data changed re-render. */
  actions: RowActions;
  /** The client's bookings of the day (hydromassage, shower), shown next to the name. */
  bookings?: Booking[] | undefined;
}

// Shade 9 of each colour: at least 4.5:1 against the white and the selected row's background.
const statusColour = { expected: 'gray.9', present: 'teal.9', left: 'blue.9', absent: 'orange.9' } as const;

/**
 * One client of the day on one line (reception's screen is 1366×768): name with the card's warnings as
 * badges, status, meals, transport and one-click actions.
 */
export const BoardRow = memo(function BoardRow({ row, served, at, selected, actions, bookings }: Props) {
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
      {/* The name and its badges share a bounded cell: many badges are clipped rather than pushed over the status. */}
      <Table.Td style={{ maxWidth: 250 }}>
        <Group gap="xs" wrap="nowrap" style={{ overflow: 'hidden' }}>
          <Text fw={600} truncate="end" data-testid="name" style={{ flexShrink: 0, maxWidth: 160 }}>{fullName(row)}</Text>
          <RowWarnings row={row} />
          <TodayBookings bookings={bookings} />
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={statusColour[row.status]} data-testid="status" style={{ whiteSpace: 'nowrap' }}>{statusText(row, t)}</Text>
      </Table.Td>
      <Table.Td>
        <Chip.Group multiple value={row.meals} onChange={(value) => actions.meals(row, value)}>
          <Group gap={4} wrap="nowrap">
            {/* Served meals, plus a meal this row recorded before the centre stopped serving it: shown ticked so
                it can be seen and taken off, and gone once it is (the core refuses adding it back). */}
            {mealColumns(served, [row.meals]).map((kind) => (
              <Chip key={kind} value={kind} size="xs" disabled={!here}>{t(`common:meal.${kind}`)}</Chip>
            ))}
          </Group>
        </Chip.Group>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Chip size="xs" checked={row.transportTo} disabled={!here} onChange={(on) => actions.transport(row, on, row.transportFrom)}>{t('transport.to')}</Chip>
          <Chip size="xs" checked={row.transportFrom} disabled={!here} onChange={(on) => actions.transport(row, row.transportTo, on)}>{t('transport.from')}</Chip>
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          {action && (
            <Button size="compact-sm" tabIndex={-1} variant={action === 'attendance.checkIn' ? 'filled' : 'default'} onClick={() => actions.primary(row)}>
              {t(action === 'attendance.checkIn' ? 'action.checkIn' : 'action.checkOut')}
            </Button>
          )}
          {row.status !== 'present' && row.status !== 'left' && (
            <Button size="compact-sm" tabIndex={-1} variant="default" onClick={() => actions.absence(row)}>{t('action.absent')}</Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
});
