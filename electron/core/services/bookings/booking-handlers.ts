import { bookingsOfClient, bookingsOfDay, bookingsOfResource, findBooking, findResource, updateBookingStatus } from '#db/queries/bookings';
import { addDays, localIsoDate } from '#shared/domain/dates';
import { recordUsage } from '../equipment-usage/record-usage';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { immediateWrite } from './immediate-write';
import { bookSlot } from './book';
import { bookingById, bookingOut, closedDaysOf, minutesOf, resourceView } from './views';

type BookingHandlers = Pick<Handlers, 'bookings.week' | 'bookings.day' | 'bookings.forClient' | 'bookings.book' | 'bookings.setStatus' | 'bookings.cancel'>;

export function bookingHandlers({ db, now, events }: ServiceDeps): BookingHandlers {
  const today = () => localIsoDate(now());
  return {
    'bookings.week': ({ resourceId, weekStart }, call) => {
      const resource = findResource(db, resourceId);
      if (!resource) throw notFound('bookings.resourceNotFound');
      const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
      return {
        resource: resourceView(db, resource, today()),
        days,
        closedDays: closedDaysOf(db, days[0]!, days[6]!, call.language),
        bookings: bookingsOfResource(db, resourceId, days[0]!, days[6]!).map(bookingOut),
      };
    },

    'bookings.day': ({ date }) => ({ bookings: bookingsOfDay(db, date).map(bookingOut) }),

    'bookings.forClient': ({ clientId }) => ({ bookings: bookingsOfClient(db, clientId).map(bookingOut) }),

    'bookings.book': (input, call) => {
      const id = immediateWrite(db, now, call, (tx, audit) => bookSlot(tx, audit, input, call.actor().id, now().toISOString(), call.language));
      events.emit('attendance.changed', { date: input.date });
      return bookingById(db, id);
    },

    'bookings.setStatus': ({ id, status }, call) => {
      const date = immediateWrite(db, now, call, (tx, audit) => {
        const before = findBooking(tx, id);
        if (!before) throw notFound('bookings.notFound');
        if (before.status === 'cancelled') throw conflict('bookings.cancelled');
        // A done booking has written the usage log and is billed: it is not taken back here.
        if (before.status === 'done') throw conflict('bookings.alreadyDone');
        if (status !== 'booked' && before.date > today()) throw conflict('bookings.notYetHeld');
        let usageId: number | null = null;
        if (status === 'done') {
          const resource = findResource(tx, before.resourceId)!;
          if (resource.itemId !== null) {
            const usage = recordUsage(tx, {
              itemId: resource.itemId,
              clientId: before.clientId,
              usedOn: before.date,
              startedAt: before.startTime,
              minutes: minutesOf(before.endTime) - minutesOf(before.startTime),
              staffId: call.actor().id,
              bookingId: before.id,
            }, audit);
            usageId = usage.id;
          }
        }
        const after = updateBookingStatus(tx, id, { status, statusBy: call.actor().id, usageId, updatedAt: now().toISOString() });
        audit({ entity: 'booking', entityId: id, before, after });
        return before.date;
      });
      events.emit('attendance.changed', { date });
      return bookingById(db, id);
    },

    'bookings.cancel': ({ id, reason }, call) => {
      const date = immediateWrite(db, now, call, (tx, audit) => {
        const before = findBooking(tx, id);
        if (!before) throw notFound('bookings.notFound');
        if (before.status !== 'booked') throw conflict(before.status === 'cancelled' ? 'bookings.cancelled' : 'bookings.alreadyDone');
        const note = reason ? (before.note ? `${before.note}\n${reason}` : reason) : before.note;
        const after = updateBookingStatus(tx, id, { status: 'cancelled', statusBy: call.actor().id, usageId: null, note, updatedAt: now().toISOString() });
        audit({ entity: 'booking', entityId: id, before, after });
        return before.date;
      });
      events.emit('attendance.changed', { date });
      return bookingById(db, id);
    },
  };
}
