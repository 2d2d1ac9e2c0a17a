import { z } from 'zod';
import { method } from './define';
import { countrySchema, input, text } from './common';
import { dateSchema, monthSchema } from './period';
import { centreDayKinds } from '../domain/calendar';

export const calendarDaySchema = z.object({
  date: z.string(),
  day: z.number().int(),
  weekday: z.number().int(),
  weekend: z.boolean(),
  holiday: z.string().nullable(),
  centre: z.enum(centreDayKinds).nullable(),
  note: z.string().nullable(),
  working: z.boolean(),
});

const planners = ['administrator', 'manager'] as const;

export const calendarContract = {
  /** Every day of a month: weekend, public holiday (by the centre's country), the centre's own setting. */
  'calendar.month': method({
    input: input({ month: monthSchema }),
    output: z.object({ month: z.string(), country: countrySchema, days: z.array(calendarDaySchema) }),
    access: ['administrator', 'manager', 'reception', 'carer'],
    write: false,
  }),
  /** Marks a day off or a working day (a Saturday worked instead); `kind: null` clears the day. */
  'calendar.setDay': method({
    input: input({ date: dateSchema, kind: z.enum(centreDayKinds).nullable(), note: text(0, 200).optional() }),
    output: z.object({ day: calendarDaySchema }),
    access: planners,
    write: true,
  }),
};
