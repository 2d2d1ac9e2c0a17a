import type { Db } from '#db/client';
import type { RecordAudit } from '#db/write';
import type { UiLanguage } from '#shared/contract/common';
import type { ClosedDay } from '#shared/contract/attendance';
import type { CentreClosedCode } from '#shared/contract/bookings';
import { findResource, insertBooking } from '#db/queries/bookings';
import { clientExists } from '#db/queries/clients';
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
  /** The caller has been told the centre is closed that day and books anyway (as check-in's confirmClosedDay). */
  confirmClosedDay?: boolean | undefined;
}

function centreClosedCode(closed: ClosedDay): CentreClosedCode {
  if (closed.reason === 'holiday') return 'bookings.holiday';
  if (closed.reason === 'weekend') return 'bookings.weekend';
  return closed.name ? 'bookings.centreDayOff' : 'bookings.centreDayOffUnnamed';
}

/**
 * Books a slot inside the caller's IMMEDIATE transaction. The checks here give the translated reasons;
 * an overlap is refused by the insert itself (the `booking_no_overlap` trigger, whoever writes), which
 * immediateWrite turns into the same translated conflict, so it is not looked up twice.
 */
export function bookSlot(tx: Db, audit: RecordAudit, input: BookInput, staffId: number, at: string, language?: UiLanguage): number {
  const resource = findResource(tx, input.resourceId);
  if (!resource) throw notFound('bookings.resourceNotFound');
  if (!resource.active) throw conflict('bookings.resourceInactive');
  if (!clientExists(tx, input.clientId)) throw notFound('clients.notFound');
  const endTime = input.endTime ?? timeOf(Math.min(minutesOf(input.startTime) + resource.slotMinutes, 24 * 60 - 1));
  const hours = { opens: resource.opensAt, closes: resource.closesAt };
  if (!resource.weekdays.includes(isoWeekday(input.date))) throw conflict('bookings.closedDay', hours);
  // A day the centre's calendar closes (a public holiday, a weekend it does not work, its own day off)
  // is refused with the reason unless the caller confirms, as a check-in on a closed day is.
  const closed = input.confirmClosedDay ? null : closedDay(tx, input.date, language);
  if (closed) throw conflict(centreClosedCode(closed), { name: closed.name ?? '' });
  if (input.startTime < resource.opensAt || endTime > resource.closesAt || endTime <= input.startTime) throw conflict('bookings.outsideHours', hours);
  const block = resourceBlock(tx, resource.itemId, input.date);
  if (block === 'out-of-service') throw conflict('bookings.itemOutOfService');
  if (block === 'inspection-overdue') throw conflict('bookings.inspectionOverdue');
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
