import type { Db } from '#db/client';
import { bookingView, resourceItem, type BookingViewRow, type ResourceRow } from '#db/queries/bookings';
import { inspectionOverdue } from '#db/queries/equipment-due';
import type { Booking, ClosedBookingDay, Resource } from '#shared/contract/bookings';
import type { UiLanguage } from '#shared/contract/common';
import { calendarBetween } from '../../calendar/working-days';
import { notFound } from '../../app-error';

const outOfService = new Set(['out-of-service', 'under-repair', 'written-off']);

/** Why an item's resource cannot be booked on `date`: out of service, or its safety inspection is overdue. */
export function resourceBlock(db: Db, itemId: number | null, date: string, item = itemId === null ? undefined : resourceItem(db, itemId)): Resource['blocked'] {
  if (itemId === null) return null;
  if (!item || outOfService.has(item.status)) return 'out-of-service';
  return inspectionOverdue(db, itemId, date) ? 'inspection-overdue' : null;
}

export function resourceView(db: Db, row: ResourceRow & { inventoryNumber?: string | null }, today: string): Resource {
  const item = row.itemId === null ? undefined : resourceItem(db, row.itemId);
  return {
    id: row.id,
    name: row.name,
    itemId: row.itemId,
    inventoryNumber: row.inventoryNumber ?? item?.inventoryNumber ?? null,
    room: row.room,
    serviceUnit: row.serviceUnit,
    slotMinutes: row.slotMinutes,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    weekdays: row.weekdays,
    active: row.active,
    blocked: resourceBlock(db, row.itemId, today, item),
  };
}

export function bookingOut(row: BookingViewRow): Booking {
  return {
    id: row.id,
    resourceId: row.resourceId,
    resourceName: row.resourceName,
    clientId: row.clientId,
    clientFirstName: row.clientFirstName,
    clientLastName: row.clientLastName,
    date: row.date,
    startTime: row.startTime,
    endTime: row.endTime,
    status: row.status,
    note: row.note,
    serviceUnit: row.serviceUnit,
  };
}

export function bookingById(db: Db, id: number): Booking {
  const row = bookingView(db, id);
  if (!row) throw notFound('bookings.notFound');
  return bookingOut(row);
}

export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
export const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The days of `from`..`to` the centre's calendar closes (public holidays, weekends it does not work, its
 * days off), named: a booking there is asked about first (see bookSlot's confirmClosedDay).
 */
export function closedDaysOf(db: Db, from: string, to: string, language?: UiLanguage): ClosedBookingDay[] {
  const closed: ClosedBookingDay[] = [];
  for (const day of calendarBetween(db, from, to, language)) {
    if (day.working) continue;
    if (day.centre === 'day-off') closed.push({ date: day.date, reason: 'centre-day-off', name: day.note ?? null });
    else if (day.holiday) closed.push({ date: day.date, reason: 'holiday', name: day.holiday });
    else closed.push({ date: day.date, reason: 'weekend', name: null });
  }
  return closed;
}
