import { z } from 'zod';
import { careStaff, managers, method } from './define';
import { input, text } from './common';
import { localDateSchema, localTimeSchema } from './dates';
import { idSchema, notInFuture, optionalText } from './fields';
import { daysWithinMonths, maxPageSize, maxPeriodMonths, rangeWithin } from './bounds';
import { incidentKinds } from '../domain/incidents';

/** Local `YYYY-MM-DDTHH:MM`: when the family, the doctor or the municipality was told. */
export const localMomentSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'momentFormat' })
  .max(16)
  .refine((v) => Number(v.slice(0, 4)) >= 1900 && Number(v.slice(0, 4)) <= 2100, { error: 'dateOutOfRange', params: { min: 1900, max: 2100 } });
const optionalMoment = z.union([z.literal(''), localMomentSchema]).optional();

export const incidentKindSchema = z.enum(incidentKinds);
/** The most follow-up actions one report carries. */
export const maxFollowUps = 30;

export const followUpFields = {
  action: text(2, 500),
  responsibleId: idSchema,
  dueOn: localDateSchema,
};

const reportFields = {
  kind: incidentKindSchema,
  occurredOn: localDateSchema.refine(notInFuture, { error: 'dateFuture' }),
  occurredAt: localTimeSchema,
  place: text(1, 200),
  description: text(2, 4000),
  injuries: optionalText(2000),
  familyInformedAt: optionalMoment,
  doctorInformedAt: optionalMoment,
  municipalityInformedAt: optionalMoment,
};

/** The parties a report says were informed, each at a local moment. */
export const informedFields = ['familyInformedAt', 'doctorInformedAt', 'municipalityInformedAt'] as const;

/** Nobody is informed of an incident before it happened: a field error on each moment earlier than it. */
function informedAfterIncident(report: Partial<Record<(typeof informedFields)[number], string>> & { occurredOn: string; occurredAt: string }, ctx: z.RefinementCtx) {
  const incident = `${report.occurredOn}T${report.occurredAt}`;
  for (const field of informedFields) {
    const value = report[field];
    if (value && value < incident) {
      ctx.addIssue({ code: 'custom', path: [field], message: 'informedBeforeIncident', input: value, params: { moment: `${report.occurredOn} ${report.occurredAt}` } });
    }
  }
}

export const followUpSchema = z.object({
  id: z.number().int(),
  action: z.string(),
  responsibleId: z.number().int(),
  responsibleName: z.string(),
  dueOn: z.string(),
  doneAt: z.string().nullable(),
  doneByName: z.string().nullable(),
  overdue: z.boolean(),
});

export const incidentSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  clientLanguage: z.enum(['lv', 'lt', 'ru']),
  kind: incidentKindSchema,
  occurredOn: z.string(),
  occurredAt: z.string(),
  place: z.string(),
  description: z.string(),
  injuries: z.string().nullable(),
  familyInformedAt: z.string().nullable(),
  doctorInformedAt: z.string().nullable(),
  municipalityInformedAt: z.string().nullable(),
  reportedByName: z.string(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  closedByName: z.string().nullable(),
  closingNote: z.string().nullable(),
  followUps: z.array(followUpSchema),
});
export type Incident = z.infer<typeof incidentSchema>;

/** A line of the list: no description or injuries, so the list can be shown on the home page. */
export const incidentSummarySchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  kind: incidentKindSchema,
  occurredOn: z.string(),
  occurredAt: z.string(),
  closedAt: z.string().nullable(),
  openFollowUps: z.number().int(),
  overdueFollowUps: z.number().int(),
});
export type IncidentSummary = z.infer<typeof incidentSummarySchema>;

const detail = z.object({ incident: incidentSchema });

/** Carers and managers write incident reports; only a manager closes one. Reception never sees them. */
export const incidentsContract = {
  'incidents.create': method({
    input: input({ clientId: idSchema, ...reportFields, followUps: z.array(input(followUpFields)).max(maxFollowUps).optional() }).superRefine(informedAfterIncident),
    output: detail,
    access: careStaff,
    write: true,
  }),
  'incidents.update': method({ input: input({ id: idSchema, ...reportFields }).superRefine(informedAfterIncident), output: detail, access: careStaff, write: true }),
  'incidents.get': method({ input: input({ id: idSchema }), output: detail, access: careStaff, write: false }),
  'incidents.list': method({
    input: input({
      status: z.enum(['open', 'closed', 'all']).optional(),
      clientId: idSchema.optional(),
      kind: incidentKindSchema.optional(),
      from: localDateSchema.optional(),
      to: localDateSchema.optional(),
      limit: z.number().int().min(1).max(maxPageSize).optional(),
    }).refine(...rangeWithin(maxPeriodMonths, daysWithinMonths)),
    output: z.object({ incidents: z.array(incidentSummarySchema), overdueFollowUps: z.number().int(), today: z.string() }),
    access: careStaff,
    write: false,
  }),
  'incidents.addFollowUp': method({ input: input({ incidentId: idSchema, ...followUpFields }), output: detail, access: careStaff, write: true }),
  'incidents.completeFollowUp': method({ input: input({ id: idSchema }), output: detail, access: careStaff, write: true }),
  'incidents.close': method({ input: input({ id: idSchema, note: optionalText(1000) }), output: detail, access: managers, write: true }),
  /** Who can be made responsible for a follow-up: the centre's active staff. */
  'incidents.responsibles': method({
    input: input({}),
    output: z.object({ staff: z.array(z.object({ id: z.number().int(), fullName: z.string() })) }),
    access: careStaff,
    write: false,
  }),
};
