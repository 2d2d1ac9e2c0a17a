import { z } from 'zod';
import { method } from './define';
import { countrySchema, input, uiLanguageSchema } from './common';
import { dateSchema, monthSchema, serviceKindSchema } from './period';
import { calendarDaySchema } from './calendar';
import { printers, printJobSchema, sessionIdSchema } from './print';
import { participantStatusSchema, sessionReadRoles } from './activities';
import { absenceReasons } from '../domain/attendance';
import { mealKinds } from '../domain/meals';
import { mealKindSchema } from './attendance';

const reasonCounts = z.object(Object.fromEntries(absenceReasons.map((r) => [r, z.number().int()])) as Record<(typeof absenceReasons)[number], z.ZodNumber>);
/** Counts for every kind of the catalogue; `mealKinds` says which of them the document shows. */
const mealCounts = z.object(Object.fromEntries(mealKinds.map((m) => [m, z.number().int()])) as Record<(typeof mealKinds)[number], z.ZodNumber>);
/** The meal columns: served now, plus any kind recorded in the period (shared/domain/meals.ts `mealColumns`). */
const shownMeals = z.array(mealKindSchema);

const sheetCentre = z.object({ name: z.string(), country: countrySchema });

export const attendanceSheetSchema = z.object({
  centre: sheetCentre,
  service: serviceKindSchema,
  month: z.string(),
  language: uiLanguageSchema,
  codes: z.enum(['masked', 'full']),
  preparedBy: z.string(),
  /** The centre's manager, who signs it off; null when the centre has none yet. */
  approvedBy: z.string().nullable(),
  generatedAt: z.string(),
  closed: z.boolean(),
  days: z.array(calendarDaySchema),
  presentMark: z.string(),
  legend: z.array(z.object({ reason: z.enum(absenceReasons), letter: z.string() })),
  mealKinds: shownMeals,
  rows: z.array(
    z.object({
      clientId: z.number().int(),
      name: z.string(),
      code: z.string().nullable(),
      marks: z.array(z.string()),
      present: z.number().int(),
      absences: reasonCounts,
      absentUnspecified: z.number().int(),
      meals: mealCounts,
    }),
  ),
  totals: z.object({
    present: z.number().int(),
    absences: reasonCounts,
    absentUnspecified: z.number().int(),
    meals: mealCounts,
    presentByDay: z.array(z.number().int()),
  }),
});
export type AttendanceSheet = z.infer<typeof attendanceSheetSchema>;

export const dayListSchema = z.object({
  centre: sheetCentre,
  date: z.string(),
  language: uiLanguageSchema,
  generatedAt: z.string(),
  preparedBy: z.string(),
  day: calendarDaySchema,
  mealKinds: shownMeals,
  rows: z.array(
    z.object({
      clientId: z.number().int(),
      name: z.string(),
      arrivedAt: z.string().nullable(),
      leftAt: z.string().nullable(),
      /** Arrived and not yet gone: the people to count at a fire drill. */
      inBuilding: z.boolean(),
      meals: z.array(mealKindSchema),
    }),
  ),
  totals: z.object({ present: z.number().int(), inBuilding: z.number().int(), meals: mealCounts }),
});
export type DayList = z.infer<typeof dayListSchema>;

export const sessionParticipantsSchema = z.object({
  centre: sheetCentre,
  language: uiLanguageSchema,
  generatedAt: z.string(),
  preparedBy: z.string(),
  session: z.object({
    id: z.number().int(),
    kind: z.enum(['activity', 'dementia-group']),
    /** The activity's name in the print language; null for a session without one. */
    activity: z.string().nullable(),
    date: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    room: z.string().nullable(),
    /** Free text: often someone from outside the staff list. */
    leader: z.string().nullable(),
  }),
  /** Sorted by the alphabet of the print language. */
  participants: z.array(z.object({ clientId: z.number().int(), name: z.string(), status: participantStatusSchema })),
  totals: z.object({ participants: z.number().int(), present: z.number().int(), absent: z.number().int() }),
});
export type SessionParticipantsSheet = z.infer<typeof sessionParticipantsSchema>;

export const sheetsContract = {
  /** Everything the printed monthly grid needs, in the print language (names sorted by its alphabet). */
  'sheets.attendanceMonth': method({
    input: input({ month: monthSchema, service: serviceKindSchema, language: uiLanguageSchema, codes: z.enum(['masked', 'full']).default('masked') }),
    output: attendanceSheetSchema,
    access: ['administrator', 'manager'],
    write: false,
  }),
  /** Who came on a day, with meals: for the kitchen or a fire drill. */
  'sheets.dayList': method({
    input: input({ date: dateSchema, language: uiLanguageSchema }),
    output: dayListSchema,
    access: ['administrator', 'manager', 'reception'],
    write: false,
  }),
  /** An activity session's participants with a column to sign: whoever may see the session prints it. */
  'sheets.sessionParticipants': method({
    input: input({ sessionId: sessionIdSchema, language: uiLanguageSchema }),
    output: sessionParticipantsSchema,
    access: sessionReadRoles,
    write: false,
  }),
  /** The page was sent to the browser's own print dialog (no platform printing): recorded in the audit trail. */
  'sheets.recordPrint': method({
    input: printJobSchema,
    output: z.object({}),
    access: printers,
    write: true,
  }),
};
