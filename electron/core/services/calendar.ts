import { deleteCentreDay, findCentreDay, upsertCentreDay } from '#db/queries/centre-calendar';
import { getCentre } from '#db/queries/centre';
import { writeWithAudit } from '#db/write';
import { centreDayProblem } from '#shared/domain/calendar';
import { monthOf } from '#shared/domain/month';
import { conflict } from '../app-error';
import { calendarBetween, calendarOfMonth } from '../calendar/working-days';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';

type CalendarHandlers = Pick<Handlers, 'calendar.month' | 'calendar.setDay'>;

export function calendarHandlers({ db, now, events }: ServiceDeps): CalendarHandlers {
  return {
    'calendar.month': ({ month }, call) => ({
      month,
      country: getCentre(db)?.country ?? 'LV',
      days: calendarOfMonth(db, month, call.language),
    }),

    'calendar.setDay': ({ date, kind, note }, call) => {
      const staffId = call.actor().id;
      writeWithAudit(
        db,
        { staffId, method: call.method },
        (tx, audit) => {
          const before = findCentreDay(tx, date) ?? null;
          if (kind === null) {
            if (!before) throw conflict('calendar.nothingToClear', { date });
            deleteCentreDay(tx, date);
            audit({ entity: 'centre_calendar_day', entityId: date, before, after: null });
            return;
          }
          const day = calendarBetween(tx, date, date)[0];
          const problem = day ? centreDayProblem(day, kind) : null;
          if (problem) throw conflict(`calendar.${problem}`, { date });
          const after = upsertCentreDay(tx, { date, kind, note: note || null, updatedAt: now().toISOString(), updatedBy: staffId });
          audit({ entity: 'centre_calendar_day', entityId: date, before, after });
        },
        now,
      );
      events.emit('calendar.changed', { date });
      const day = calendarOfMonth(db, monthOf(date), call.language).find((d) => d.date === date);
      if (!day) throw new Error(`calendar lost ${date}`);
      return { day };
    },
  };
}
