import { z } from 'zod';
import { clientReaders, everyRole, managers, method } from './define';
import { input, text } from './common';
import { localDateSchema, localTimeSchema } from './dates';
import { monthSchema } from './period';
import { idSchema } from './fields';
import { maxPageSize } from './bounds';

export const bookingStatuses = ['booked', 'done', 'cancelled', 'no-show'] as const;
export const bookingStatusSchema = z.enum(bookingStatuses);

/** Carers give the procedures, reception books them: every role books; managers set resources up. */
export const bookingWriters = everyRole;

export const resourceSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  itemId: z.number().int().nullable(),
  inventoryNumber: z.string().nullable(),
  room: z.string().nullable(),
  serviceUnit: z.string(),
  slotMinutes: z.number().int(),
  opensAt: z.string(),
  closesAt: z.string(),
  weekdays: z.array(z.number().int()),
  active: z.boolean(),
  /** Set when the item's safety inspection is overdue or it is out of service: bookings are refused. */
  blocked: z.enum(['out-of-service', 'inspection-overdue']).nullable(),
});
export type Resource = z.infer<typeof resourceSchema>;

export const bookingSchema = z.object({
  id: z.number().int(),
  resourceId: z.number().int(),
  resourceName: z.string(),
  clientId: z.number().int(),
  clientFirstName: z.string(),
  clientLastName: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  status: bookingStatusSchema,
  note: z.string().nullable(),
  serviceUnit: z.string(),
});
export type Booking = z.infer<typeof bookingSchema>;

/** A day of the week the centre's calendar closes: a public holiday (named) or the centre's own day off. */
export const closedBookingDaySchema = z.object({
  date: z.string(),
  reason: z.enum(['holiday', 'weekend', 'centre-day-off']),
  name: z.string().nullable(),
});
export type ClosedBookingDay = z.infer<typeof closedBookingDaySchema>;

const resourceFields = {
  name: text(1, 80),
  itemId: idSchema.optional(),
  room: text(0, 60).optional(),
  serviceUnit: text(1, 40).regex(/^[a-z0-9-]+$/, { error: 'serviceUnitFormat' }),
  slotMinutes: z.number().int().min(5).max(240).optional(),
  opensAt: localTimeSchema,
  closesAt: localTimeSchema,
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  active: z.boolean().optional(),
};
const opensBeforeCloses = (r: { opensAt: string; closesAt: string }) => r.closesAt > r.opensAt;
const closesIssue = { path: ['closesAt'], error: 'endBeforeStart' };

/** Conflicts of `bookings.book` on a day the centre is closed: the caller may confirm and book anyway. */
export const centreClosedCodes = ['bookings.holiday', 'bookings.weekend', 'bookings.centreDayOff', 'bookings.centreDayOffUnnamed'] as const;
export type CentreClosedCode = (typeof centreClosedCodes)[number];

export const bookSchema = input({
  resourceId: idSchema,
  clientId: idSchema,
  date: localDateSchema,
  startTime: localTimeSchema,
  endTime: localTimeSchema.optional(),
  note: text(0, 300).optional(),
  /** Book although the centre is closed that day (a holiday, a weekend, its day off): asked first, like a check-in. */
  confirmClosedDay: z.boolean().optional(),
}).refine((b) => !b.endTime || b.endTime > b.startTime, { path: ['endTime'], error: 'endBeforeStart' });

export const utilisationRowSchema = z.object({
  resourceId: z.number().int(),
  name: z.string(),
  booked: z.number().int(),
  done: z.number().int(),
  noShow: z.number().int(),
  cancelled: z.number().int(),
  openMinutes: z.number().int(),
  usedMinutes: z.number().int(),
  percent: z.number(),
});

export const bookingsContract = {
  'resources.list': method({
    input: input({ includeInactive: z.boolean().optional(), limit: z.number().int().min(1).max(maxPageSize).optional() }),
    output: z.object({ resources: z.array(resourceSchema) }),
    access: everyRole,
    write: false,
  }),
  'resources.create': method({ input: input(resourceFields).refine(opensBeforeCloses, closesIssue), output: resourceSchema, access: managers, write: true }),
  'resources.update': method({ input: input({ id: idSchema, ...resourceFields }).refine(opensBeforeCloses, closesIssue), output: resourceSchema, access: managers, write: true }),
  /** One resource's week (Monday `weekStart` and the six days after it). */
  'bookings.week': method({
    input: input({ resourceId: idSchema, weekStart: localDateSchema }),
    output: z.object({ resource: resourceSchema, days: z.array(z.string()), closedDays: z.array(closedBookingDaySchema), bookings: z.array(bookingSchema) }),
    access: everyRole,
    write: false,
  }),
  /** Live bookings (booked or done) of one day, for the day board. */
  'bookings.day': method({ input: input({ date: localDateSchema }), output: z.object({ bookings: z.array(bookingSchema) }), access: everyRole, write: false }),
  'bookings.forClient': method({ input: input({ clientId: idSchema }), output: z.object({ bookings: z.array(bookingSchema) }), access: clientReaders, write: false }),
  'bookings.book': method({ input: bookSchema, output: bookingSchema, access: bookingWriters, write: true }),
  /** booked → done (writes the item's usage log) or no-show; back to booked to correct a mistake. */
  'bookings.setStatus': method({
    input: input({ id: idSchema, status: z.enum(['booked', 'done', 'no-show']) }),
    output: bookingSchema,
    access: bookingWriters,
    write: true,
  }),
  'bookings.cancel': method({ input: input({ id: idSchema, reason: text(0, 300).optional() }), output: bookingSchema, access: bookingWriters, write: true }),
  /** Per resource for a month: booked, done, no-show, cancelled, and the share of open hours used. */
  'bookings.utilisation': method({ input: input({ month: monthSchema }), output: z.object({ rows: z.array(utilisationRowSchema) }), access: managers, write: false }),
};
