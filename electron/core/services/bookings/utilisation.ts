import { listResources, monthCounts } from '#db/queries/bookings';
import { isoWeekday } from '#shared/domain/local-date';
import { daysInMonth } from '#shared/domain/month';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { minutesOf } from './views';

type UtilisationHandlers = Pick<Handlers, 'bookings.utilisation'>;

/** Minutes a resource is open in a month: its opening hours on each of its weekdays. */
export function openMinutesInMonth(month: string, weekdays: readonly number[], opensAt: string, closesAt: string): number {
  const perDay = minutesOf(closesAt) - minutesOf(opensAt);
  let days = 0;
  for (let day = 1; day <= daysInMonth(month); day++) {
    if (weekdays.includes(isoWeekday(`${month}-${String(day).padStart(2, '0')}`))) days++;
  }
  return days * perDay;
}

/** Per resource: bookings by status and the share of open time taken by live (booked or done) bookings. */
export function utilisationHandlers({ db }: ServiceDeps): UtilisationHandlers {
  return {
    'bookings.utilisation': ({ month }) => {
      const counts = monthCounts(db, month);
      const rows = listResources(db, true, 500).map((resource) => {
        const of = (status: string) => counts.find((c) => c.resourceId === resource.id && c.status === status);
        const openMinutes = openMinutesInMonth(month, resource.weekdays, resource.opensAt, resource.closesAt);
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
