import { useState } from 'react';
import type { ClosedDay, DayRow } from '#shared/contract/attendance';

/**
 * Check-ins on a day the centre is closed: the first one asks (ClosedDayDialog); once reception has
 * confirmed for that date, the rest of the day's check-ins carry the confirmation to the core.
 */
export function useClosedDayCheck(date: string, closed: ClosedDay | null | undefined) {
  const [confirmedDates, setConfirmedDates] = useState<ReadonlySet<string>>(new Set());
  const [asking, setAsking] = useState<DayRow | null>(null);
  const confirmed = confirmedDates.has(date);
  return {
    /** The row waiting for confirmation, if any. */
    asking,
    /** True when this check-in must be confirmed first (it is then held in `asking`). */
    mustAsk(row: DayRow): boolean {
      if (!closed || confirmed) return false;
      setAsking(row);
      return true;
    },
    /** Confirms for the whole date and returns the row that was waiting. */
    confirm(): DayRow | null {
      setConfirmedDates((dates) => new Set(dates).add(date));
      const row = asking;
      setAsking(null);
      return row;
    },
    cancel: () => setAsking(null),
    /** What a check-in sends: the confirmation, once given for this date. */
    extra: (force = false) => (force || confirmed ? { confirmClosedDay: true } : {}),
  };
}
