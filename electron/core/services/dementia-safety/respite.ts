import { respiteDays } from '#db/queries/dementia-safety';
import type { Db } from '#db/client';
import type { RespiteRow } from '#shared/contract/dementia-safety';
import { localDate } from '#shared/domain/local-date';
import { monthBounds } from '#shared/domain/month';
import { conflict } from '../../app-error';

const minutesOf = (time: string) => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
};

/** A month after the core's current one has no respite yet: asking for it is a mistake, told as such. */
export function assertNotFutureMonth(month: string, now: Date): void {
  if (month > localDate(now).slice(0, 7)) throw conflict('respite.futureMonth', { month });
}

/**
 * Respite hours per main carer: each day their client spent at the centre, arrival to departure, summed
 * for the month. A day without a departure time is not counted (the day is not over, or it was forgotten).
 */
export function respiteMonth(db: Db, month: string, carerId: number | null): RespiteRow[] {
  const { first, last } = monthBounds(month);
  const byCarer = new Map<number, RespiteRow>();
  for (const day of respiteDays(db, first, last, carerId)) {
    let row = byCarer.get(day.carerId);
    if (!row) {
      row = {
        carerId: day.carerId, carerName: day.carerName, carerLanguage: day.carerLanguage ?? day.clientLanguage,
        clientId: day.clientId, clientName: day.clientName, days: [], totalMinutes: 0,
      };
      byCarer.set(day.carerId, row);
    }
    if (day.date && day.arrivedAt && day.leftAt) {
      const minutes = Math.max(0, minutesOf(day.leftAt) - minutesOf(day.arrivedAt));
      row.days.push({ date: day.date, arrivedAt: day.arrivedAt, leftAt: day.leftAt, minutes });
      row.totalMinutes += minutes;
    }
  }
  return [...byCarer.values()];
}
