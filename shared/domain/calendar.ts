import { isoWeekday, monthDates } from './month';

/**
 * The centre calendar: weekends and public holidays from a library, overridden by the days the centre
 * sets itself. Latvia moves days off by government order (DOMAIN.md "Language"), which no library
 * tracks, so a centre marks those days off and the Saturdays worked instead.
 */

export const centreDayKinds = ['day-off', 'working-day'] as const;
export type CentreDayKind = (typeof centreDayKinds)[number];

export interface PublicHoliday {
  date: string;
  name: string;
}

export interface CentreDay {
  date: string;
  kind: CentreDayKind;
  note: string | null;
}

export interface CalendarDay {
  date: string;
  /** Day of the month, 1–31. */
  day: number;
  /** ISO weekday, Monday = 1. */
  weekday: number;
  weekend: boolean;
  /** The public holiday's name, or null. */
  holiday: string | null;
  /** What the centre set for this day, if anything. */
  centre: CentreDayKind | null;
  note: string | null;
  /** Whether the centre is open: the centre's own setting wins over weekends and holidays. */
  working: boolean;
}

export function isWorkingDayOf(weekend: boolean, holiday: boolean, centre: CentreDayKind | null): boolean {
  if (centre === 'working-day') return true;
  if (centre === 'day-off') return false;
  return !weekend && !holiday;
}

export function calendarDay(date: string, holidays: ReadonlyMap<string, string>, centreDays: ReadonlyMap<string, CentreDay>): CalendarDay {
  const weekday = isoWeekday(date);
  const weekend = weekday >= 6;
  const holiday = holidays.get(date) ?? null;
  const own = centreDays.get(date) ?? null;
  return {
    date,
    day: Number(date.slice(8, 10)),
    weekday,
    weekend,
    holiday,
    centre: own?.kind ?? null,
    note: own?.note ?? null,
    working: isWorkingDayOf(weekend, holiday !== null, own?.kind ?? null),
  };
}

export function monthCalendar(month: string, holidays: readonly PublicHoliday[], centreDays: readonly CentreDay[]): CalendarDay[] {
  const holidayMap = new Map(holidays.map((h) => [h.date, h.name]));
  const centreMap = new Map(centreDays.map((d) => [d.date, d]));
  return monthDates(month).map((date) => calendarDay(date, holidayMap, centreMap));
}

/**
 * Whether setting `kind` on a day changes anything: a day off on a day that is already off, or a
 * working day on an ordinary weekday, would only clutter the calendar.
 */
export function centreDayProblem(day: Pick<CalendarDay, 'weekend' | 'holiday'>, kind: CentreDayKind): 'alreadyOff' | 'alreadyWorking' | null {
  const off = day.weekend || day.holiday !== null;
  if (kind === 'day-off' && off) return 'alreadyOff';
  if (kind === 'working-day' && !off) return 'alreadyWorking';
  return null;
}
