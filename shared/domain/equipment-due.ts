import { addDays, type LocalDate } from './local-date';

/** How a schedule repeats: every N days, every N calendar months, or after N uses of the item. */
export const scheduleIntervalUnits = ['days', 'months', 'uses'] as const;
export type ScheduleIntervalUnit = (typeof scheduleIntervalUnits)[number];

export const scheduleKinds = ['inspection', 'safety-inspection', 'maintenance', 'cleaning', 'other'] as const;
export type ScheduleKind = (typeof scheduleKinds)[number];

export const maintenanceResults = ['ok', 'needs-repair', 'out-of-service'] as const;
export type MaintenanceResult = (typeof maintenanceResults)[number];

/** Days ahead that count as "due soon" on the due list (the issue: due within 30 days). */
export const dueSoonDays = 30;

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `date` plus `months` calendar months. A day the target month lacks is clamped to its last day
 * (31 January + 1 month = 28 or 29 February; 29 February + 12 months = 28 February): an inspection
 * "every month" done on the 31st is due at the end of a short month, never in the next one.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

export interface DueRule {
  intervalUnit: ScheduleIntervalUnit;
  intervalValue: number;
  /** The first time counts from here (the item's purchase date or the day the schedule starts). */
  startsOn: LocalDate;
}

/**
 * The next due date of a dated schedule: one interval after the last completed maintenance, or after
 * the schedule's start when none is done yet. A schedule counted in uses has no date (null): see `usesLeft`.
 */
export function nextDueDate(rule: DueRule, lastDoneOn: LocalDate | null): LocalDate | null {
  const from = lastDoneOn ?? rule.startsOn;
  switch (rule.intervalUnit) {
    case 'days':
      return addDays(from, rule.intervalValue);
    case 'months':
      return addMonths(from, rule.intervalValue);
    case 'uses':
      return null;
  }
}

/** Uses left until a usage-counted schedule is due (0 or less: due now, below 0: overdue). */
export function usesLeft(intervalValue: number, usesSinceLast: number): number {
  return intervalValue - usesSinceLast;
}

export const dueStates = ['overdue', 'due-soon', 'upcoming'] as const;
export type DueState = (typeof dueStates)[number];

/** Overdue once the due day has passed; due soon from `dueSoonDays` before it up to the day itself. */
export function dueStateOfDate(nextDueOn: LocalDate, asOf: LocalDate): DueState {
  if (nextDueOn < asOf) return 'overdue';
  if (nextDueOn <= addDays(asOf, dueSoonDays)) return 'due-soon';
  return 'upcoming';
}

/**
 * Usage-counted: overdue once the uses since the last maintenance exceed the interval, due soon once
 * they reach 80 % of it (or the interval itself), upcoming before that.
 */
export function dueStateOfUses(intervalValue: number, usesSinceLast: number): DueState {
  if (usesSinceLast > intervalValue) return 'overdue';
  if (usesSinceLast >= Math.ceil(intervalValue * 0.8)) return 'due-soon';
  return 'upcoming';
}
