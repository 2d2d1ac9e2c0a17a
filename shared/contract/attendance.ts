import { z } from 'zod';
import { method, type Role } from './define';
import { input, text } from './common';
import { localDateSchema, localTimeSchema } from './dates';
import { absenceReasons } from '../domain/attendance';
import { mealKinds } from '../domain/meals';
import { sexes } from '../domain/services';

/** Reception runs the board; managers and administrators correct it. */
export const attendanceRoles: readonly Role[] = ['administrator', 'manager', 'reception'];

export const absenceReasonSchema = z.enum(absenceReasons);
export const mealKindSchema = z.enum(mealKinds);

export const dayRowStatuses = ['expected', 'present', 'left', 'absent'] as const;

export const dayRowSchema = z.object({
  clientId: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  searchKey: z.string(),
  /** From the card (set from a Lithuanian code, typed for a Latvian one): status words agree with it. */
  sex: z.enum(sexes).nullable(),
  /** Planned for this weekday by an active day-centre decision. */
  expected: z.boolean(),
  /** Has an active day-centre decision covering the date at all; false is a warning at check-in. */
  hasDecision: z.boolean(),
  status: z.enum(dayRowStatuses),
  arrivedAt: z.string().nullable(),
  leftAt: z.string().nullable(),
  absenceReason: absenceReasonSchema.nullable(),
  note: z.string().nullable(),
  meals: z.array(mealKindSchema),
  transportTo: z.boolean(),
  transportFrom: z.boolean(),
  wanderingRisk: z.boolean(),
  diet: z.string().nullable(),
  receptionNotes: z.string().nullable(),
  /** Who may collect the client (relatives marked so on the card): reception hands over only to them. */
  collectors: z.array(z.string()),
});
export type DayRow = z.infer<typeof dayRowSchema>;

export const closedDaySchema = z.object({
  reason: z.enum(['weekend', 'holiday', 'centre-day-off']),
  /** The public holiday's name in the caller's language, or the centre's note for its day off. */
  name: z.string().nullable(),
});
export type ClosedDay = z.infer<typeof closedDaySchema>;

export const dayCountersSchema = z.object({
  expected: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
  notArrived: z.number().int(),
  stillHere: z.number().int(),
});

const clientDay = { clientId: z.number().int().positive(), date: localDateSchema };
/** Date and time default to now on the core's clock, so reception's one keystroke needs neither. */
const clientMoment = { clientId: z.number().int().positive(), date: localDateSchema.optional(), time: localTimeSchema.optional() };
/** What a write answers: the stored record, without a second read of the client's card. */
export const attendanceRecordSchema = z.object({
  clientId: z.number().int(),
  date: z.string(),
  status: z.enum(['present', 'absent']),
  arrivedAt: z.string().nullable(),
  leftAt: z.string().nullable(),
  absenceReason: absenceReasonSchema.nullable(),
  note: z.string().nullable(),
  meals: z.array(mealKindSchema),
  transportTo: z.boolean(),
  transportFrom: z.boolean(),
});
const changed = attendanceRecordSchema;

export const attendanceContract = {
  'attendance.day': method({
    input: input({ date: localDateSchema }),
    output: z.object({
      date: z.string(),
      today: z.string(),
      /** Why the centre is closed that day, or null on a working day (check-in then asks to confirm). */
      closed: closedDaySchema.nullable(),
      /** The meals the centre serves now, in catalogue order: the board's meal toggles. */
      mealKinds: z.array(mealKindSchema),
      rows: z.array(dayRowSchema),
      counters: dayCountersSchema,
    }),
    access: attendanceRoles,
    write: false,
  }),
  'attendance.checkIn': method({
    // A check-in on a day the centre is closed (weekend, public holiday, centre day off) is refused
    // unless reception confirmed it: a slip of the date picker must not record a visit nobody made.
    input: input({ ...clientMoment, confirmClosedDay: z.boolean().optional() }),
    output: changed,
    access: attendanceRoles,
    write: true,
  }),
  'attendance.checkOut': method({ input: input(clientMoment), output: changed, access: attendanceRoles, write: true }),
  'attendance.markAbsent': method({
    input: input({ ...clientDay, reason: absenceReasonSchema, note: text(0, 500).optional() }),
    output: changed,
    access: attendanceRoles,
    write: true,
  }),
  'attendance.setMeals': method({
    input: input({ ...clientDay, meals: z.array(mealKindSchema).max(mealKinds.length) }),
    output: changed,
    access: attendanceRoles,
    write: true,
  }),
  'attendance.setTransport': method({
    input: input({ ...clientDay, transportTo: z.boolean(), transportFrom: z.boolean() }),
    output: changed,
    access: attendanceRoles,
    write: true,
  }),
  'attendance.checkOutAll': method({
    input: input({ date: localDateSchema, time: localTimeSchema }),
    /** `awaitingHandOver`: dementia-group clients left for a hand-over to a named collector. */
    output: z.object({ checkedOut: z.number().int(), skipped: z.number().int(), awaitingHandOver: z.number().int() }),
    access: attendanceRoles,
    write: true,
  }),
  'attendance.undo': method({
    input: input({}),
    output: z.object({ date: z.string(), undone: z.string(), rows: z.number().int() }),
    access: attendanceRoles,
    write: true,
  }),
};
