import type { Executor } from '#db/client';
import { listResources, monthCounts } from '#db/queries/bookings';
import { isoWeekday } from '#shared/domain/local-date';
import { monthBounds } from '#shared/domain/month';
import { workingDays } from '../../calendar/working-days';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { minutesOf } from './views';

type UtilisationHandlers = Pick<Handlers, 'bookings.utilisation'>;

/**
 * Minutes a resource is open in a month: its opening hours on each of its weekdays the centre is open
 * (`openDays`, from the centre calendar: public holidays, weekends and the centre's days off are not).
 */
export function openMinutesInMonth(openDays: readonly string[], weekdays: readonly number[], opensAt: string, closesAt: string): number {
  const perDay = minutesOf(closesAt) - minutesOf(opensAt);
  return openDays.filter((date) => weekdays.includes(isoWeekday(date))).length * perDay;
}

/** The days of a month the centre is open, by its calendar. */
export function centreOpenDaysOf(db: Executor, month: string): string[] {
  const { first, last } = monthBounds(month);
  return workingDays(db, first, last);
}

/** Per resource: bookings by status and the share of open time taken by live (booked or done) bookings. */
export function utilisationHandlers({ db }: ServiceDeps): UtilisationHandlers {
  return {
    'bookings.utilisation': ({ month }) => {
      const counts = monthCounts(db, month);
      const openDays = centreOpenDaysOf(db, month);
      const rows = listResources(db, true, 500).map((resource) => {
        const of = (status: string) => counts.find((c) => c.resourceId === resource.id && c.status === status);
        const openMinutes = openMinutesInMonth(openDays, resource.weekdays, resource.opensAt, resource.closesAt);
        const usedMinutes = (of('booked')?.minutes ?? 0) + (of('done')?.minutes ?? 0);
        return {
          resourceId: resource.id,
          name: resource.name,
          booked: of('booked')?.count ?? 0,
          done: of('done')?.count ?? 0,
          noShow: of('no-show')?.count ?? 0,
          cancelled: of('cancelled')?.count ?? 0,
          openMinutes,
          usedMinutes,
          percent: openMinutes === 0 ? 0 : Math.round((usedMinutes / openMinutes) * 1000) / 10,
        };
      });
      return { rows };
    },
  };
}
