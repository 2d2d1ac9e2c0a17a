import type { Executor } from '#db/client';
import { getCentre } from '#db/queries/centre';
import { centreDaysBetween } from '#db/queries/centre-calendar';
import type { UiLanguage } from '#shared/contract/common';
import { calendarDay, monthCalendar, type CalendarDay } from '#shared/domain/calendar';
import { monthBounds } from '#shared/domain/month';
import { publicHolidaysBetween } from './holidays';

/**
 * The centre calendar read from the database: the one source the sheet, the day board and the
 * expected-client list must share, so a day off set by a manager counts everywhere alike.
 */

function country(db: Executor): 'LV' | 'LT' {
  return getCentre(db)?.country ?? 'LV';
}

const toCentreDay = (r: { date: string; kind: 'day-off' | 'working-day'; note: string | null }) => ({ date: r.date, kind: r.kind, note: r.note });

export function calendarOfMonth(db: Executor, month: string, language?: UiLanguage): CalendarDay[] {
  const { first, last } = monthBounds(month);
  return monthCalendar(month, publicHolidaysBetween(country(db), first, last, language), centreDaysBetween(db, first, last).map(toCentreDay));
}

/** Every day from `first` to `last` inclusive (local `YYYY-MM-DD`). */
export function calendarBetween(db: Executor, first: string, last: string, language?: UiLanguage): CalendarDay[] {
  const holidays = new Map(publicHolidaysBetween(country(db), first, last, language).map((h) => [h.date, h.name]));
  const own = new Map(centreDaysBetween(db, first, last).map((r) => [r.date, toCentreDay(r)]));
  const days: CalendarDay[] = [];
  const cursor = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`);
  while (cursor <= end) {
    days.push(calendarDay(cursor.toISOString().slice(0, 10), holidays, own));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}

/** Whether the centre is open on a day: for the day board's expected-client list. */
export function isWorkingDay(db: Executor, date: string): boolean {
  return calendarBetween(db, date, date)[0]?.working ?? false;
}

/** The dates the centre is open from `first` to `last` inclusive. */
export function workingDays(db: Executor, first: string, last: string): string[] {
  return calendarBetween(db, first, last)
    .filter((d) => d.working)
    .map((d) => d.date);
}
