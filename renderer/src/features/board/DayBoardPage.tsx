import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useToday } from '../clock/TodayProvider';
import { Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayRow } from '#shared/contract/attendance';
import { matchesSearch } from '#shared/domain/search-key';
import { quickMeal, type MealKind } from '#shared/domain/meals';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { AbsenceDialog } from './AbsenceDialog';
import { BoardCounters } from './BoardCounters';
import { BoardRow } from './BoardRow';
import { DateNav } from './DateNav';
import { BoardKeysHelp } from './BoardKeysHelp';
import { ClosedDayBanner } from './ClosedDayBanner';
import { ClosedDayDialog } from './ClosedDayDialog';
import { useClosedDayCheck } from './use-closed-day-check';
import { StillHerePanel } from './StillHerePanel';
import { UndoToast } from './UndoToast';
import { fullName, primaryAction } from './row-text';
import { rowKeyDown, useUndoShortcut } from './use-board-keys';
import { useBoardActions } from './use-board-actions';
import { useDayBoard } from './use-day-board';
import { useDayBookings } from '../bookings/TodayBookings';
import { useStableRowActions } from './use-row-actions';
import { HandOverDialog } from '../dementia-safety/HandOverDialog';
import { NotCollectedPanel } from '../dementia-safety/NotCollectedBadge';

/** The screen reception keeps open all day: who is expected, who is here, who is absent and why. */
export function DayBoardPage() {
  const { t } = useTranslation(['board', 'common']);
  const language = useLanguage();
  // "Today" is the core's: the browser's clock or time zone may differ from the centre PC's.
  const today = useToday();
  const [chosen, setDate] = useState<string | null>(null);
  const date = chosen ?? today;
  const board = useDayBoard(date);
  const dayBookings = useDayBookings(date);
  const actions = useBoardActions(date);
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState(0);
  const [absenceFor, setAbsenceFor] = useState<DayRow | null>(null);
  const [handOverFor, setHandOverFor] = useState<DayRow | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const rowRefs = useRef(new Map<number, HTMLTableRowElement>());

  const collator = useMemo(() => new Intl.Collator(language), [language]);
  const rows = useMemo(
    () =>
      (board.data?.rows ?? [])
        .filter((row) => matchesSearch(row.searchKey, filter))
        .sort((a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName)),
    [board.data, filter, collator],
  );
  const index = Math.max(0, Math.min(selected, rows.length - 1));
  const current = rows[index];

  const closedDay = useClosedDayCheck(date, board.data?.closed);
  const checkIn = (row: DayRow, confirmedNow = false) =>
    void actions.run('attendance.checkIn', { clientId: row.clientId, date, ...closedDay.extra(confirmedNow) }, fullName(row));
  const primary = (row: DayRow | undefined) => {
    const action = row && primaryAction(row);
    if (!row || !action) return;
    if (action === 'attendance.checkOut') setHandOverFor(row); // the hand-over dialog checks out plainly when none is needed
    else if (!closedDay.mustAsk(row)) checkIn(row);
  };
  const setMeals = (row: DayRow, meals: MealKind[]) => void actions.run('attendance.setMeals', { clientId: row.clientId, date, meals }, fullName(row));
  const served = board.data?.mealKinds ?? [];
  const quick = quickMeal(served);
  const toggleQuickMeal = (row: DayRow | undefined) => {
    if (row?.status !== 'present' || !quick) return;
    setMeals(row, row.meals.includes(quick) ? row.meals.filter((m) => m !== quick) : [...row.meals, quick]);
  };
  const focusRow = (at: number) => {
    const row = rows[at];
    if (!row) return;
    setSelected(at);
    rowRefs.current.get(row.clientId)?.focus();
  };
  useUndoShortcut(actions.toast?.undoable === true, () => void actions.undo());
  const rowActions = useStableRowActions({
    select: setSelected,
    keyDown: (event, row, at) =>
      rowKeyDown(event, {
        move: (step) => focusRow(Math.max(0, Math.min(rows.length - 1, at + step))),
        primary: () => primary(row),
        absence: () => row.status !== 'present' && row.status !== 'left' && setAbsenceFor(row),
        quickMeal: () => toggleQuickMeal(row),
        toFilter: (text) => { if (text) setFilter((f) => f + text); filterRef.current?.focus(); },
      }),
    primary,
    absence: setAbsenceFor,
    meals: setMeals,
    transport: (row, to, from) => void actions.run('attendance.setTransport', { clientId: row.clientId, date, transportTo: to, transportFrom: from }, fullName(row)),
    register: (clientId, element) => { if (element) rowRefs.current.set(clientId, element); else rowRefs.current.delete(clientId); },
  });

  const onFilterKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') focusRow(index);
    else if (event.key === 'Enter' && current) {
      primary(current);
      setFilter('');
    } else if (event.key === 'Escape') setFilter('');
    else return;
    event.preventDefault();
  };

  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Group gap="sm" align="baseline" wrap="nowrap">
          <Title order={1} size="h3">{t('title')}</Title>
          <Text fw={500}>{formatDay(date, language)}</Text>
        </Group>
        <DateNav date={date} today={today} onChange={(next) => { setDate(next); setSelected(0); }} />
      </Group>
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput
          ref={filterRef}
          size="sm"
          w={300}
          label={t('filter.label')}
          placeholder={t('filter.placeholder')}
          value={filter}
          autoFocus
          onChange={(event) => { setFilter(event.currentTarget.value); setSelected(0); }}
          onKeyDown={onFilterKey}
        />
        {board.data && <BoardCounters counters={board.data.counters} />}
      </Group>
      <BoardKeysHelp meal={t(`common:meal.${quick ?? 'lunch'}`).toLocaleLowerCase(language)} />
      {board.data?.closed && <ClosedDayBanner closed={board.data.closed} />}
      <ErrorAlert error={board.error ?? actions.error} />
      {date === today && <NotCollectedPanel date={date} />}
      <Table verticalSpacing={3} horizontalSpacing={6} highlightOnHover aria-label={t('list')}>
        <Table.Tbody>
          {rows.map((row, at) => (
            <BoardRow key={row.clientId} row={row} served={served} at={at} selected={at === index} actions={rowActions} bookings={dayBookings.get(row.clientId)} />
          ))}
        </Table.Tbody>
      </Table>
      {board.data && rows.length === 0 && <Text c="dimmed">{filter ? t('noMatch') : t('empty')}</Text>}
      {handOverFor && <HandOverDialog key={handOverFor.clientId} clientId={handOverFor.clientId} name={fullName(handOverFor)} date={date} onClose={() => setHandOverFor(null)} onPlainCheckOut={() => { setHandOverFor(null); void actions.run('attendance.checkOut', { clientId: handOverFor.clientId, date }, fullName(handOverFor)); }} onDone={() => setHandOverFor(null)} />}
      <StillHerePanel rows={board.data?.rows ?? []} onCheckOutAll={(time) => void actions.run('attendance.checkOutAll', { date, time })} />
      <AbsenceDialog
        name={absenceFor ? fullName(absenceFor) : null}
        onClose={() => { setAbsenceFor(null); }}
        onChoose={(reason, note) => {
          const row = absenceFor;
          setAbsenceFor(null);
          if (row) void actions.run('attendance.markAbsent', { clientId: row.clientId, date, reason, ...(note ? { note } : {}) }, fullName(row));
        }}
      />
      <ClosedDayDialog
        closed={board.data?.closed ?? null}
        name={closedDay.asking ? fullName(closedDay.asking) : null}
        onCancel={closedDay.cancel}
        onConfirm={() => { const row = closedDay.confirm(); if (row) checkIn(row, true); }}
      />
      <UndoToast toast={actions.toast} onUndo={() => void actions.undo()} onClose={actions.dismissToast} />
    </Stack>
  );
}
