import type { Db } from '#db/client';
import { centreCountry } from '#db/queries/centre';
import { centreDayOn } from '#db/queries/centre-calendar';
import type { ClosedDay } from '#shared/contract/attendance';
import type { UiLanguage } from '#shared/contract/common';
import { calendarDay, type CentreDay } from '#shared/domain/calendar';
import { holidayNamesOfYear } from './holidays';

const noCentreDays: ReadonlyMap<string, CentreDay> = new Map();

/**
 * Why the centre is closed on a day, or null when it is open: a day off the centre set, a public
 * holiday (named in the reader's language), or a weekend it does not work. Every check-in and booking
 * asks this for one day, so it reads that day alone (the same rule as the calendar: `calendarDay`).
 */
export function closedDay(db: Db, date: string, language?: UiLanguage): ClosedDay | null {
  const holidays = holidayNamesOfYear(centreCountry(db) ?? 'LV', Number(date.slice(0, 4)), language);
  const own = centreDayOn(db, date);
  const day = calendarDay(date, holidays, own ? new Map([[date, own]]) : noCentreDays);
  if (day.working) return null;
  if (day.centre === 'day-off') return { reason: 'centre-day-off', name: day.note };
  if (day.holiday) return { reason: 'holiday', name: day.holiday };
  return { reason: 'weekend', name: null };
}
