import { z } from 'zod';
import { everyRole, managers, method } from './define';
import { input, ok } from './common';
import { idSchema } from './fields';
import { absenceReasons } from '../domain/attendance';
import { billingEffects, payerCategories, unitMeasures } from '../domain/service-units';

/** The code of a centre's own unit, used as `own:<code>` in prices and statements. */
export const ownUnitCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'ownUnitCode' });
const unitName = z.string().trim().min(1).max(80);

export const ownUnitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  nameLv: z.string(),
  nameLt: z.string(),
  nameRu: z.string(),
  measure: z.enum(unitMeasures),
  active: z.boolean(),
});
export type OwnUnit = z.infer<typeof ownUnitSchema>;

export const absenceRuleSchema = z.object({
  absenceReason: z.enum(absenceReasons),
  payerCategory: z.enum(payerCategories),
  effect: z.enum(billingEffects),
  /** The built-in effect (shared/domain/billing-rules.ts); `overridden` when the centre chose another. */
  defaultEffect: z.enum(billingEffects),
  overridden: z.boolean(),
});

export const decisionTermsSchema = z.object({
  decisionId: z.number().int(),
  privatePayer: z.boolean(),
  clientReference: z.string().nullable(),
  copayPercent: z.number().int().nullable(),
  copayAmountCents: z.number().int().nullable(),
});
export type DecisionTerms = z.infer<typeof decisionTermsSchema>;

/**
 * Issue 17 follow-up: the centre's own service units, its overrides of the absence rules, and reading the
 * billing terms of a client's decisions (shown on the client card to everyone who sees decisions).
 */
export const billingSettingsContract = {
  'prices.units.list': method({
    input: input({}),
    output: z.object({ units: z.array(ownUnitSchema).max(1000) }),
    access: managers,
    write: false,
  }),
  'prices.units.save': method({
    input: input({
      id: idSchema.optional(),
      code: ownUnitCodeSchema,
      nameLv: unitName,
      nameLt: unitName,
      nameRu: unitName,
      measure: z.enum(unitMeasures),
    }),
    output: z.object({ unit: ownUnitSchema }),
    access: managers,
    write: true,
  }),
  'prices.units.deactivate': method({
    input: input({ id: idSchema }),
    output: ok,
    access: managers,
    write: true,
  }),
  'billing.absenceRules.list': method({
    input: input({}),
    output: z.object({ rules: z.array(absenceRuleSchema).max(absenceReasons.length * payerCategories.length) }),
    access: managers,
    write: false,
  }),
  'billing.absenceRules.set': method({
    input: input({
      absenceReason: z.enum(absenceReasons),
      payerCategory: z.enum(payerCategories),
      /** Null: back to the built-in rule. */
      effect: z.enum(billingEffects).nullable(),
    }),
    output: ok,
    access: managers,
    write: true,
  }),
  'billing.decisionTerms': method({
    input: input({ clientId: idSchema }),
    output: z.object({ terms: z.array(decisionTermsSchema).max(10_000) }),
    access: everyRole,
    write: false,
  }),
};
