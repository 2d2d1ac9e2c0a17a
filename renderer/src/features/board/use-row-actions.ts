import { useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { DayRow } from '#shared/contract/attendance';
import type { MealKind } from '#shared/domain/meals';

/** What a row of the board can ask its page to do; `at` is the row's place in the shown list. */
export interface RowActions {
  select(at: number): void;
  keyDown(event: KeyboardEvent<HTMLTableRowElement>, row: DayRow, at: number): void;
  primary(row: DayRow): void;
  absence(row: DayRow): void;
  meals(row: DayRow, meals: MealKind[]): void;
  transport(row: DayRow, to: boolean, from: boolean): void;
  /** The row's element, for moving the focus with the arrow keys; null when it leaves the list. */
  register(clientId: number, element: HTMLTableRowElement | null): void;
}

/**
 * One object whose functions keep their identity for the page's lifetime yet always call the latest
 * handlers. With it a memoised row re-renders only when its own data changes: a live update from
 * another window touches one row of hundreds, and re-rendering them all took the second window
 * hundreds of milliseconds (bench: live-board).
 */
export function useStableRowActions(latest: RowActions): RowActions {
  const current = useRef(latest);
  useLayoutEffect(() => {
    current.current = latest;
  });
  return useMemo<RowActions>(
    () => ({
      select: (at) => current.current.select(at),
      keyDown: (event, row, at) => current.current.keyDown(event, row, at),
      primary: (row) => current.current.primary(row),
      absence: (row) => current.current.absence(row),
      meals: (row, meals) => current.current.meals(row, meals),
      transport: (row, to, from) => current.current.transport(row, to, from),
      register: (clientId, element) => current.current.register(clientId, element),
    }),
    [],
  );
}
