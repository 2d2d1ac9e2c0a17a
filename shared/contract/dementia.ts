import { z } from 'zod';
import { careStaff, everyRole, managers, method } from './define';
import { input, text } from './common';
import { localDateSchema, localTimeSchema } from './dates';
import { idSchema, optionalText } from './fields';
import { rangeWithin } from './bounds';
import { clientWriters } from './clients';
import { behaviourKinds, historyMaxMonths, observationScales, photoChunkChars, photoMaxChunks, photoMaxPixels } from '../domain/dementia';

/*
 * The dementia day-centre group (issue 14, points 1–3 and 8). Everyone who works with clients sees the
 * groups and the day page (reception checks people in and hands them over); observations are health
 * data: carers and managers only, and every read of them is audited.
 */
export const dementiaGroupReaders = everyRole;
export const dementiaGroupWriters = managers;
export const programmeWriters = careStaff;
export const observationRoles = careStaff;

/** A list of ids (staff, clients); array items have no name of their own, so they carry their range. */
const idList = (max: number) => z.array(z.number().int().min(1).max(10_000_000)).max(max);
const weekdaysSchema = z.array(z.number().int().min(1).max(7)).min(1).max(7);

export const groupSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  room: z.string().nullable(),
  capacity: z.number().int(),
  weekdays: z.array(z.number().int()),
  opensAt: z.string(),
  closesAt: z.string(),
  collectAlarmDelayMinutes: z.number().int(),
  active: z.boolean(),
  members: z.number().int(),
});
export type DementiaGroup = z.infer<typeof groupSchema>;

const personSchema = z.object({ clientId: z.number().int(), firstName: z.string(), lastName: z.string() });
const staffRefSchema = z.object({ staffId: z.number().int(), fullName: z.string() });

export const groupDetailSchema = z.object({
  group: groupSchema,
  staff: z.array(staffRefSchema),
  members: z.array(personSchema.extend({ hasDecision: z.boolean() })),
});
export type DementiaGroupDetail = z.infer<typeof groupDetailSchema>;

const groupFields = {
  name: text(2, 80),
  room: optionalText(60),
  capacity: z.number().int().min(1).max(100),
  weekdays: weekdaysSchema,
  opensAt: localTimeSchema,
  closesAt: localTimeSchema,
  collectAlarmDelayMinutes: z.number().int().min(0).max(240).default(30),
  staffIds: idList(50).default([]),
};
const closesAfterOpens = (g: { opensAt: string; closesAt: string }) => g.closesAt > g.opensAt;
const closesAfterOpensIssue = { path: ['closesAt'], error: 'endBeforeStart' };

export const programmeItemSchema = z.object({
  id: z.number().int(),
  code: z.string().nullable(),
  nameLv: z.string(),
  nameLt: z.string(),
  nameRu: z.string(),
  active: z.boolean(),
});
export type ProgrammeItem = z.infer<typeof programmeItemSchema>;
/** A programme item's name in each client language. */
export const catalogueNames = { nameLv: text(2, 80), nameLt: text(2, 80), nameRu: text(2, 80) };

const slotInput = z
  .strictObject({ startTime: localTimeSchema, endTime: localTimeSchema, itemId: idSchema, note: optionalText(200) })
  .refine((s) => s.endTime > s.startTime, { path: ['endTime'], error: 'endBeforeStart' });
const slotSchema = z.object({ startTime: z.string(), endTime: z.string(), itemId: z.number().int(), note: z.string().nullable() });
export type ProgrammeSlot = z.infer<typeof slotSchema>;

export const participantDaySchema = personSchema.extend({
  hasPhoto: z.boolean(),
  wanderingRisk: z.boolean(),
  diet: z.string().nullable(),
  language: z.enum(['lv', 'lt', 'ru']),
  /** The attendance of the day: null when not marked yet. */
  attendance: z.enum(['present', 'absent']).nullable(),
  arrivedAt: z.string().nullable(),
  leftAt: z.string().nullable(),
  collectors: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string().nullable() })),
});

export const dayOutputSchema = z.object({
  group: groupSchema,
  date: z.string(),
  /** The group meets on this weekday. */
  meets: z.boolean(),
  sessionId: z.number().int().nullable(),
  programme: z.array(slotSchema.extend({ id: z.number().int() })),
  staffPresent: z.array(staffRefSchema),
  participants: z.array(participantDaySchema),
});
export type DementiaDay = z.infer<typeof dayOutputSchema>;

const scale = (name: keyof typeof observationScales) => z.number().int().min(observationScales[name].min).max(observationScales[name].max).nullable();

export const observationRowInput = z.strictObject({
  clientId: idSchema,
  mood: scale('mood'),
  engagement: scale('engagement'),
  appetite: scale('appetite'),
  sleepiness: scale('sleepiness'),
  behaviours: z.array(z.enum(behaviourKinds)).max(behaviourKinds.length),
  helped: optionalText(500),
  note: optionalText(2000),
});
export type ObservationRowInput = z.input<typeof observationRowInput>;

export const observationSchema = z.object({
  clientId: z.number().int(),
  date: z.string(),
  mood: z.number().int().nullable(),
  engagement: z.number().int().nullable(),
  appetite: z.number().int().nullable(),
  sleepiness: z.number().int().nullable(),
  behaviours: z.array(z.string()),
  helped: z.string().nullable(),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type Observation = z.infer<typeof observationSchema>;

/** Days `from`..`to` within `months` months, the last day included (five years and a day). */
export function daysUpToMonths(from: string, to: string, months: number): boolean {
  const end = new Date(`${from}T00:00:00Z`);
  end.setUTCMonth(end.getUTCMonth() + months);
  return Date.parse(`${to}T00:00:00Z`) <= end.getTime();
}

const photoOutput = z.object({ mime: z.enum(['image/jpeg', 'image/webp']), base64: z.string(), width: z.number().int(), height: z.number().int() });

export const dementiaContract = {
  'dementia.groups.list': method({ input: input({}), output: z.object({ groups: z.array(groupSchema) }), access: dementiaGroupReaders, write: false }),
  'dementia.groups.get': method({ input: input({ id: idSchema }), output: groupDetailSchema, access: dementiaGroupReaders, write: false }),
  'dementia.groups.create': method({
    input: input(groupFields).refine(closesAfterOpens, closesAfterOpensIssue),
    output: groupDetailSchema,
    access: dementiaGroupWriters,
    write: true,
  }),
  'dementia.groups.update': method({
    input: input({ ...groupFields, id: idSchema, active: z.boolean() }).refine(closesAfterOpens, closesAfterOpensIssue),
    output: groupDetailSchema,
    access: dementiaGroupWriters,
    write: true,
  }),
  'dementia.groups.setMembers': method({
    input: input({ groupId: idSchema, clientIds: idList(100) }),
    output: groupDetailSchema,
    access: dementiaGroupWriters,
    write: true,
  }),
  /** Who may join a group: clients with a dementia-day-centre decision in force today. */
  'dementia.groups.candidates': method({
    input: input({}),
    output: z.object({ clients: z.array(personSchema) }),
    access: dementiaGroupReaders,
    write: false,
  }),
  'dementia.day': method({ input: input({ groupId: idSchema, date: localDateSchema }), output: dayOutputSchema, access: dementiaGroupReaders, write: false }),

  'dementia.catalogue.list': method({ input: input({}), output: z.object({ items: z.array(programmeItemSchema) }), access: dementiaGroupReaders, write: false }),
  'dementia.catalogue.create': method({
    input: input(catalogueNames),
    output: programmeItemSchema,
    access: programmeWriters,
    write: true,
  }),
  /** Renames an item or takes it out of use (an inactive item stays on the days that had it). */
  'dementia.catalogue.update': method({
    input: input({ id: idSchema, ...catalogueNames, active: z.boolean() }),
    output: programmeItemSchema,
    access: programmeWriters,
    write: true,
  }),
  'dementia.template.get': method({
    input: input({ groupId: idSchema }),
    output: z.object({ days: z.array(z.object({ weekday: z.number().int(), slots: z.array(slotSchema) })) }),
    access: dementiaGroupReaders,
    write: false,
  }),
  'dementia.template.set': method({
    input: input({ groupId: idSchema, weekday: z.number().int().min(1).max(7), slots: z.array(slotInput).max(30) }),
    output: z.object({ days: z.array(z.object({ weekday: z.number().int(), slots: z.array(slotSchema) })) }),
    access: programmeWriters,
    write: true,
  }),
  /** Creates the day's group session when missing and fills its programme from the weekly template. */
  'dementia.programme.fromTemplate': method({
    input: input({ groupId: idSchema, date: localDateSchema }),
    output: dayOutputSchema,
    access: programmeWriters,
    write: true,
  }),
  /** The day's programme and staff present, as staff adjusted it (creates the session when missing). */
  'dementia.programme.set': method({
    input: input({ groupId: idSchema, date: localDateSchema, slots: z.array(slotInput).max(30), staffIds: idList(50) }),
    output: dayOutputSchema,
    access: programmeWriters,
    write: true,
  }),

  /** The grid of one session's observations (audited read: health data). */
  'dementia.observations.get': method({
    input: input({ sessionId: idSchema }),
    output: z.object({ sessionId: z.number().int(), date: z.string(), participants: z.array(personSchema), observations: z.array(observationSchema) }),
    access: observationRoles,
    write: false,
  }),
  'dementia.observations.save': method({
    input: input({ sessionId: idSchema, rows: z.array(observationRowInput).min(1).max(100) }),
    output: z.object({ saved: z.number().int() }),
    access: observationRoles,
    write: true,
  }),
  'dementia.observations.history': method({
    input: input({ clientId: idSchema, from: localDateSchema, to: localDateSchema })
      .refine((r) => r.to >= r.from, { path: ['to'], error: 'toBeforeFrom' })
      .refine(...rangeWithin(historyMaxMonths, daysUpToMonths)),
    output: z.object({
      client: z.object({ id: z.number().int(), firstName: z.string(), lastName: z.string(), language: z.enum(['lv', 'lt', 'ru']), birthDate: z.string().nullable() }),
      observations: z.array(observationSchema),
    }),
    access: observationRoles,
    write: false,
  }),

  'clientPhoto.get': method({ input: input({ clientId: idSchema }), output: z.object({ photo: photoOutput.nullable() }), access: everyRole, write: false }),
  'clientPhoto.set': method({
    input: input({
      clientId: idSchema,
      mime: z.enum(['image/jpeg', 'image/webp']),
      chunks: z.array(z.string().max(photoChunkChars)).min(1).max(photoMaxChunks),
      width: z.number().int().min(1).max(photoMaxPixels),
      height: z.number().int().min(1).max(photoMaxPixels),
    }),
    output: z.object({ photo: photoOutput.nullable() }),
    access: clientWriters,
    write: true,
  }),
  'clientPhoto.remove': method({ input: input({ clientId: idSchema }), output: z.object({ photo: photoOutput.nullable() }), access: clientWriters, write: true }),
};
