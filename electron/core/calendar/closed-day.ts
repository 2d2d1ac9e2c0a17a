import type { Executor } from '#db/client';
import type { ClosedDay } from '#shared/contract/attendance';
import type { UiLanguage } from '#shared/contract/common';
import { calendarBetween } from './working-days';

/**
 * Why the centre is closed on a day, or null when it is open: a day off the centre set, a public
 * holiday (named in the reader's language), or a weekend it does not work.
 */
export function closedDay(db: Executor, date: string, language?: UiLanguage): ClosedDay | null {
  const day = calendarBetween(db, date, date, language)[0];
  if (!day || day.working) return null;
  if (day.centre === 'day-off') return { reason: 'centre-day-off', name: day.note };
  if (day.holiday) return { reason: 'holiday', name: day.holiday };
  return { reason: 'weekend', name: null };
}
