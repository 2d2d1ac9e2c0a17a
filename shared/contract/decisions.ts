import { z } from 'zod';
import { everyRole, method } from './define';
import { input, text } from './common';
import { idSchema, isoDate, optionalDate } from './fields';
import { findMunicipality } from '../domain/municipalities';
import { exemptionKinds } from '../domain/client-parts';
import { isoWeekdays, serviceKinds } from '../domain/services';
import { voidedFields, voidInputSchema } from './voiding';

const decisionFields = {
  service: z.enum(serviceKinds),
  /** A municipality code from the shipped LV/LT list. */
  payingMunicipality: z.string().max(60).refine((code) => findMunicipality(code) !== undefined, { error: 'municipalityUnknown' }),
  decisionNumber: text(1, 60),
  decisionDate: isoDate,
  validFrom: isoDate,
  validTo: optionalDate,
  plannedWeekdays: z.array(z.union(isoWeekdays.map((d) => z.literal(d)))).max(7),
  unitsPerMonth: z.number().int().min(1).max(1000).nullable().optional(),
  copayPercent: z.number().int().min(0).max(100).nullable().optional(),
  copayAmountCents: z.number().int().min(0).max(10_000_000).nullable().optional(),
  exemption: z.enum(exemptionKinds),
  exemptionUntil: optionalDate,
};

type DecisionFields = { validFrom: string; validTo?: string | undefined; plannedWeekdays: number[]; exemptionUntil?: string | undefined };

function decisionRules(d: DecisionFields, ctx: z.RefinementCtx): void {
  if (d.validTo && d.validTo < d.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'decisionEndsBeforeStart', input: d.validTo });
  }
  if (d.exemptionUntil && d.exemptionUntil < d.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['exemptionUntil'], message: 'exemptionUntilBeforeStart', input: d.exemptionUntil });
  }
  if (new Set(d.plannedWeekdays).size !== d.plannedWeekdays.length) {
    ctx.addIssue({ code: 'custom', path: ['plannedWeekdays'], message: 'weekdaysDuplicate', input: d.plannedWeekdays });
  }
}

export const decisionCreateSchema = input({ clientId: idSchema, ...decisionFields }).superRefine(decisionRules);
export const decisionUpdateSchema = input({ id: idSchema, ...decisionFields }).superRefine(decisionRules);

export const decisionSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  service: z.enum(serviceKinds),
  payingMunicipality: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  plannedWeekdays: z.array(z.number().int()),
  unitsPerMonth: z.number().int().nullable(),
  copayPercent: z.number().int().nullable(),
  copayAmountCents: z.number().int().nullable(),
  exemption: z.enum(exemptionKinds),
  exemptionUntil: z.string().nullable(),
  ...voidedFields,
});
export type Decision = z.infer<typeof decisionSchema>;

export const expiringDecisionSchema = decisionSchema.extend({
  firstName: z.string(),
  lastName: z.string(),
  daysLeft: z.number().int(),
});

const writers = ['administrator', 'manager'] as const;

export const decisionsContract = {
  'decisions.list': method({
    input: input({ clientId: idSchema }),
    output: z.object({ decisions: z.array(decisionSchema) }),
    access: everyRole,
    write: false,
  }),
  'decisions.expiring': method({
    input: input({ days: z.number().int().min(0).max(366) }),
    output: z.object({ decisions: z.array(expiringDecisionSchema) }),
    access: everyRole,
    write: false,
  }),
  'decisions.create': method({ input: decisionCreateSchema, output: z.object({ decision: decisionSchema }), access: writers, write: true }),
  'decisions.update': method({ input: decisionUpdateSchema, output: z.object({ decision: decisionSchema }), access: writers, write: true }),
  'decisions.void': method({ input: voidInputSchema, output: z.object({ decision: decisionSchema }), access: writers, write: true }),
};
