import { z } from 'zod';
import { everyRole, method } from './define';
import { input, text } from './common';
import { idSchema, isoDate, notInFuture, optionalDate, optionalText } from './fields';
import { assessmentInstruments, barthelItems, careLevels } from '../domain/barthel';
import { voidedFields, voidInputSchema } from './voiding';

/** Each Barthel item within its own official range; a value outside it names the item's field. */
const barthelScoresSchema = z.strictObject(
  Object.fromEntries(
    barthelItems.map((item) => [item.key, z.number().int().min(0, { error: 'barthelItemRange' }).max(item.max, { error: 'barthelItemRange' })]),
  ) as Record<(typeof barthelItems)[number]['key'], z.ZodNumber>,
);

const assessmentFields = {
  instrument: z.enum(assessmentInstruments),
  assessedOn: isoDate,
  assessor: text(2, 120),
  careLevel: z.union(careLevels.map((l) => z.literal(l))).nullable().optional(),
  barthel: barthelScoresSchema.nullable().optional(),
  nextReview: optionalDate,
  note: optionalText(1000),
};

export const assessmentCreateSchema = input({ clientId: idSchema, ...assessmentFields }).superRefine((a, ctx) => {
  if (!notInFuture(a.assessedOn)) ctx.addIssue({ code: 'custom', path: ['assessedOn'], message: 'dateFuture', input: a.assessedOn });
  if (a.instrument === 'lv-care-level' && !a.careLevel) {
    ctx.addIssue({ code: 'custom', path: ['careLevel'], message: 'careLevelRequired', input: a.careLevel });
  }
  if (a.instrument === 'barthel' && !a.barthel) ctx.addIssue({ code: 'custom', path: ['barthel'], message: 'barthelRequired', input: a.barthel });
});

export const assessmentSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  instrument: z.enum(assessmentInstruments),
  instrumentVersion: z.string(),
  assessedOn: z.string(),
  assessor: z.string(),
  careLevel: z.number().int().nullable(),
  barthel: z.record(z.string(), z.number().int()).nullable(),
  /** Computed from the items by the core, never typed. */
  barthelTotal: z.number().int().nullable(),
  nextReview: z.string().nullable(),
  note: z.string().nullable(),
  ...voidedFields,
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const assessmentsContract = {
  'assessments.list': method({
    input: input({ clientId: idSchema }),
    output: z.object({ assessments: z.array(assessmentSchema) }),
    access: everyRole,
    write: false,
  }),
  'assessments.create': method({
    input: assessmentCreateSchema,
    output: z.object({ assessment: assessmentSchema }),
    access: ['administrator', 'manager'],
    write: true,
  }),
  'assessments.void': method({
    input: voidInputSchema,
    output: z.object({ assessment: assessmentSchema }),
    access: ['administrator', 'manager'],
    write: true,
  }),
};
