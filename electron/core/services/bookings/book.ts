import type { Db } from '#db/client';
import type { RecordAudit } from '#db/write';
import type { UiLanguage } from '#shared/contract/common';
import { findResource, insertBooking, overlappingBooking } from '#db/queries/bookings';
import { findClient } from '#db/queries/clients';
import { isoWeekday } from '#shared/domain/local-date';
import { closedDay } from '../../calendar/closed-day';
import { conflict, notFound } from '../../app-error';
import { minutesOf, resourceBlock, timeOf } from './views';

export interface BookInput {
  resourceId: number;
  clientId: number;
  date: string;
  startTime: string;
  endTime?: string | undefined;
  note?: string | undefined;
}

/**
 * Books a slot inside the caller's IMMEDIATE transaction. The checks here give the translated reasons;
 * the `booking_no_overlap` trigger refuses an overlap again in SQL, whoever writes.
 */
export function bookSlot(tx: Db, audit: RecordAudit, input: BookInput, staffId: number, at: string, language?: UiLanguage): number {
  const resource = findResource(tx, input.resourceId);
  if (!resource) throw notFound('bookings.resourceNotFound');
  if (!resource.active) throw conflict('bookings.resourceInactive');
  if (!findClient(tx, input.clientId)) throw notFound('clients.notFound');
  const endTime = input.endTime ?? timeOf(Math.min(minutesOf(input.startTime) + resource.slotMinutes, 24 * 60 - 1));
  const hours = { opens: resource.opensAt, closes: resource.closesAt };
  if (!resource.weekdays.includes(isoWeekday(input.date))) throw conflict('bookings.closedDay', hours);
  // The centre's calendar closes the resource too: a public holiday or the centre's own day off. Its
  // weekends are the resource's weekdays' business (a resource may open on a Saturday).
  const closed = closedDay(tx, input.date, language);
  if (closed?.reason === 'holiday') throw conflict('bookings.holiday', { name: closed.name ?? '' });
  if (closed?.reason === 'centre-day-off') throw conflict(closed.name ? 'bookings.centreDayOff' : 'bookings.centreDayOffUnnamed', { name: closed.name ?? '' });
  if (input.startTime < resource.opensAt || endTime > resource.closesAt || endTime <= input.startTime) throw conflict('bookings.outsideHours', hours);
  const block = resourceBlock(tx, resource.itemId, input.date);
  if (block === 'out-of-service') throw conflict('bookings.itemOutOfService');
  if (block === 'inspection-overdue') throw conflict('bookings.inspectionOverdue');
  if (overlappingBooking(tx, resource.id, input.date, input.startTime, endTime) !== undefined) throw conflict('bookings.overlap');
  const row = insertBooking(tx, {
    resourceId: resource.id,
    clientId: input.clientId,
    date: input.date,
    startTime: input.startTime,
    endTime,
    note: input.note || null,
    createdBy: staffId,
    createdAt: at,
  });
  audit({ entity: 'booking', entityId: row.id, after: row });
  return row.id;
}
