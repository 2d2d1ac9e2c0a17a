import { z } from 'zod';
import { everyRole, method, type Role } from './define';
import { countrySchema, input, text } from './common';
import { idSchema, notInFuture, optionalDate, optionalText, phoneSchema } from './fields';
import { addPersonalCodeIssues } from './personal-code-rules';
import { clientLanguages, clientStatuses, serviceKinds, sexes } from '../domain/services';
import { relativeSchema } from './relatives';
import { consentSchema } from './consents';
import { decisionSchema } from './decisions';
import { assessmentSchema } from './assessments';

/** Reception registers newcomers at the desk, so it may write the card itself (not decisions). */
export const clientWriters: readonly Role[] = ['administrator', 'manager', 'reception'];
/**
 * Who sees a full personal code on the card: whoever types and corrects codes from the person's document.
 * Carers (and every list or search result) get it masked (see electron/core/services/code-visibility.ts).
 */
export const personalCodeReaders: readonly Role[] = clientWriters;

const codeFields = {
  codeCountry: z.union([z.literal(''), countrySchema]).optional(),
  personalCode: z.string().trim().max(20).optional(),
  /** Required when the code has an overridable error (a wrong check digit); kept in the audit trail. */
  codeOverrideReason: optionalText(500),
};

const cardFields = {
  firstName: text(1, 100),
  lastName: text(1, 100),
  ...codeFields,
  birthDate: optionalDate,
  sex: z.union([z.literal(''), z.enum(sexes)]).optional(),
  address: optionalText(300),
  phone: phoneSchema,
  language: z.enum(clientLanguages),
  receptionNotes: optionalText(1000),
  wanderingRisk: z.boolean().optional(),
  diet: optionalText(300),
  /** May leave alone: a dementia-group check-out then asks nobody who collects them. */
  mayGoHomeAlone: z.boolean().optional(),
};

type CardInput = z.infer<z.ZodObject<typeof cardFields>>;

function cardRules(card: Partial<CardInput>, ctx: z.RefinementCtx): void {
  addPersonalCodeIssues(card, ctx);
  if (!notInFuture(card.birthDate)) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'birthDateFuture', input: card.birthDate });
}

export const clientCreateSchema = input(cardFields).superRefine(cardRules);

const statusFields = {
  status: z.enum(clientStatuses).optional(),
  /** When the status took effect; today when omitted. */
  statusSince: optionalDate,
  statusReason: optionalText(500),
};

export const clientUpdateSchema = input({ id: idSchema, ...cardFields, ...statusFields }).superRefine((card, ctx) => {
  cardRules(card, ctx);
  if (!notInFuture(card.statusSince)) ctx.addIssue({ code: 'custom', path: ['statusSince'], message: 'dateFuture', input: card.statusSince });
});

const problemSchema = z.object({ code: z.string(), message: z.string(), overridable: z.boolean() });

export const personalCodeCheckSchema = z.object({
  /** Another client who holds (or held) this code; the card cannot be saved with it. */
  holder: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  kind: z.enum(['lv-legacy', 'lv-new', 'lt', 'lt-special']).nullable(),
  normalised: z.string().nullable(),
  birthDate: z.string().nullable(),
  sex: z.enum(sexes).nullable(),
  errors: z.array(problemSchema),
  warnings: z.array(problemSchema),
});

export const clientSchema = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  personalCode: z.string().nullable(),
  codeCountry: countrySchema.nullable(),
  birthDate: z.string().nullable(),
  sex: z.enum(sexes).nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  language: z.enum(clientLanguages),
  status: z.enum(clientStatuses),
  statusSince: z.string().nullable(),
  statusReason: z.string().nullable(),
  receptionNotes: z.string().nullable(),
  wanderingRisk: z.boolean(),
  diet: z.string().nullable(),
  mayGoHomeAlone: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof clientSchema>;

/** One line of a search result or the list: enough to tell people apart, nothing more. */
export const clientSummarySchema = clientSchema.pick({
  id: true,
  firstName: true,
  lastName: true,
  personalCode: true,
  codeCountry: true,
  birthDate: true,
  phone: true,
  status: true,
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const codeHistorySchema = z.object({
  code: z.string(),
  country: countrySchema,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  overrideReason: z.string().nullable(),
});

export const clientsContract = {
  'clients.checkPersonalCode': method({
    /** `clientId`: the card being edited, whose own codes are no duplicate. */
    input: input({ country: countrySchema, code: z.string().max(40), clientId: idSchema.optional() }),
    output: personalCodeCheckSchema,
    access: everyRole,
    write: false,
  }),
  'clients.search': method({
    input: input({ query: z.string().max(100), limit: z.number().int().min(1).max(100).optional() }),
    output: z.object({ clients: z.array(clientSummarySchema) }),
    access: everyRole,
    write: false,
  }),
  'clients.list': method({
    input: input({
      status: z.enum(clientStatuses).optional(),
      service: z.enum(serviceKinds).optional(),
      payer: z.string().max(60).optional(),
    }),
    output: z.object({ clients: z.array(clientSummarySchema) }),
    access: everyRole,
    write: false,
  }),
  'clients.get': method({
    input: input({ id: idSchema }),
    output: z.object({
      client: clientSchema,
      codes: z.array(codeHistorySchema),
      relatives: z.array(relativeSchema),
      consents: z.array(consentSchema),
      decisions: z.array(decisionSchema),
      latestAssessments: z.array(assessmentSchema),
    }),
    access: everyRole,
    // Opening a card is recorded in the audit trail (who looked at whose data), but changes nothing.
    write: false,
  }),
  'clients.create': method({
    input: clientCreateSchema,
    output: z.object({ client: clientSchema }),
    access: clientWriters,
    write: true,
  }),
  'clients.update': method({
    input: clientUpdateSchema,
    output: z.object({ client: clientSchema }),
    access: clientWriters,
    write: true,
  }),
};

