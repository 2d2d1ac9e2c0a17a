import { z } from 'zod';
import { method, type Role } from './define';
import { input, text } from './common';
import { localDateSchema, localTimeSchema } from './dates';
import { daysWithinMonths, maxPeriodMonths, maxSeriesMonths, rangeWithin } from './bounds';

/** Carers and group leaders run sessions; reception may look (who is in hydrotherapy at 10?). */
export const sessionWriteRoles: readonly Role[] = ['administrator', 'manager', 'carer'];
export const sessionReadRoles: readonly Role[] = ['administrator', 'manager', 'carer', 'reception'];

export const activitySchema = z.object({
  id: z.number().int(),
  /** Set for the catalogue's defaults (`art-therapy`, …), null for the centre's own. */
  code: z.string().nullable(),
  nameLv: z.string(),
  nameLt: z.string(),
  nameRu: z.string(),
  active: z.boolean(),
});
export type Activity = z.infer<typeof activitySchema>;

const activityNames = { nameLv: text(2, 80), nameLt: text(2, 80), nameRu: text(2, 80) };

export const participantStatuses = ['planned', 'present', 'absent'] as const;
export const participantStatusSchema = z.enum(participantStatuses);

export const sessionSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  activityId: z.number().int().nullable(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  leader: z.string().nullable(),
  room: z.string().nullable(),
  capacity: z.number().int().nullable(),
  note: z.string().nullable(),
  seriesId: z.number().int().nullable(),
  participants: z.number().int(),
  present: z.number().int(),
});
export type Session = z.infer<typeof sessionSchema>;

export const participantSchema = z.object({
  clientId: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  status: participantStatusSchema,
});

const sessionFields = {
  activityId: z.number().int().positive(),
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  leader: text(0, 100).optional(),
  room: text(0, 60).optional(),
  capacity: z.number().int().min(1).max(500).optional(),
  note: text(0, 500).optional(),
};
const endAfterStart = (s: { startTime: string; endTime: string }) => s.endTime > s.startTime;
const endAfterStartIssue = { path: ['endTime'], error: 'endBeforeStart' };

export const sessionCreateSchema = input({ ...sessionFields, date: localDateSchema }).refine(endAfterStart, endAfterStartIssue);
export const sessionSeriesSchema = input({
  ...sessionFields,
  from: localDateSchema,
  to: localDateSchema,
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
})
  .refine(endAfterStart, endAfterStartIssue)
  .refine((s) => s.to >= s.from, { path: ['to'], error: 'toBeforeFrom' })
  .refine(...rangeWithin(maxSeriesMonths, daysWithinMonths));

const sessionDetail = z.object({ session: sessionSchema, participants: z.array(participantSchema) });
const sessionAndClient = { sessionId: z.number().int().positive(), clientId: z.number().int().positive() };

export const activitiesContract = {
  'activities.list': method({
    input: input({}),
    output: z.object({ activities: z.array(activitySchema) }),
    access: sessionReadRoles,
    write: false,
  }),
  'activities.create': method({ input: input(activityNames), output: activitySchema, access: sessionWriteRoles, write: true }),
  'activities.update': method({
    input: input({ id: z.number().int().positive(), ...activityNames, active: z.boolean() }),
    output: activitySchema,
    access: sessionWriteRoles,
    write: true,
  }),
  'sessions.list': method({
    input: input({ from: localDateSchema, to: localDateSchema }).refine(...rangeWithin(maxPeriodMonths, daysWithinMonths)),
    output: z.object({ sessions: z.array(sessionSchema) }),
    access: sessionReadRoles,
    write: false,
  }),
  'sessions.get': method({ input: input({ id: z.number().int().positive() }), output: sessionDetail, access: sessionReadRoles, write: false }),
  'sessions.create': method({ input: sessionCreateSchema, output: sessionDetail, access: sessionWriteRoles, write: true }),
  'sessions.createSeries': method({
    input: sessionSeriesSchema,
    output: z.object({ seriesId: z.number().int(), sessionIds: z.array(z.number().int()) }),
    access: sessionWriteRoles,
    write: true,
  }),
  'sessions.update': method({
    input: input({ ...sessionFields, id: z.number().int().positive(), date: localDateSchema }).refine(endAfterStart, endAfterStartIssue),
    output: sessionDetail,
    access: sessionWriteRoles,
    write: true,
  }),
  'sessions.addParticipant': method({ input: input(sessionAndClient), output: sessionDetail, access: sessionWriteRoles, write: true }),
  'sessions.removeParticipant': method({ input: input(sessionAndClient), output: sessionDetail, access: sessionWriteRoles, write: true }),
  'sessions.markParticipant': method({
    input: input({ ...sessionAndClient, status: participantStatusSchema }),
    output: sessionDetail,
    access: sessionWriteRoles,
    write: true,
  }),
  /** Who can join: every active client not absent that day; `expected`: on the day board of the session's date. */
  'sessions.candidates': method({
    input: input({ sessionId: z.number().int().positive() }),
    output: z.object({
      clients: z.array(z.object({ clientId: z.number().int(), firstName: z.string(), lastName: z.string(), searchKey: z.string(), expected: z.boolean() })),
    }),
    access: sessionReadRoles,
    write: false,
  }),
  'sessions.forClient': method({
    input: input({ clientId: z.number().int().positive() }),
    output: z.object({
      client: z.object({ id: z.number().int(), firstName: z.string(), lastName: z.string() }).nullable(),
      sessions: z.array(
        z.object({
          sessionId: z.number().int(),
          date: z.string(),
          startTime: z.string(),
          endTime: z.string(),
          activity: activitySchema.nullable(),
          status: participantStatusSchema,
        }),
      ),
    }),
    access: sessionReadRoles,
    write: false,
  }),
};
