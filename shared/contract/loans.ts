import { z } from 'zod';
import { clientReaders, everyRole, frontDesk, managers, method } from './define';
import { input, text, uiLanguageSchema } from './common';
import { localDateSchema } from './dates';
import { idSchema } from './fields';
import { maxPageSize } from './bounds';

export const loanDamages = ['none', 'damaged', 'lost'] as const;
export const cleaningMethods = ['disinfection', 'washing', 'steam', 'other'] as const;
export const waitlistStatuses = ['waiting', 'offered', 'served', 'cancelled'] as const;
export const loanFilters = ['open', 'overdue', 'returned', 'all'] as const;

/** Lending, taking back and cleaning devices: the front desk and managers; everyone may look. */
export const loanWriters = frontDesk;

const money = z.number().int().min(0).max(10_000_000);
const category = text(1, 60);
const limit = z.number().int().min(1).max(maxPageSize).optional();

export const loanExtensionSchema = z.object({
  previousReturnOn: z.string().nullable(),
  newReturnOn: z.string(),
  reason: z.string().nullable(),
  staffName: z.string(),
  createdAt: z.string(),
});

export const loanSchema = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  inventoryNumber: z.string(),
  itemName: z.string(),
  category: z.string(),
  /** The item's status now: a returned loan's item may still wait for cleaning. */
  itemStatus: z.string(),
  clientId: z.number().int(),
  clientFirstName: z.string(),
  clientLastName: z.string(),
  handedOverOn: z.string(),
  expectedReturnOn: z.string().nullable(),
  conditionOut: z.string(),
  accessories: z.string().nullable(),
  depositCents: z.number().int().nullable(),
  feeCents: z.number().int().nullable(),
  handedOverBy: z.string(),
  note: z.string().nullable(),
  returnedOn: z.string().nullable(),
  conditionIn: z.string().nullable(),
  damage: z.enum(loanDamages).nullable(),
  returnNote: z.string().nullable(),
  overdue: z.boolean(),
  extensions: z.array(loanExtensionSchema),
});
export type Loan = z.infer<typeof loanSchema>;

export const waitlistEntrySchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  clientFirstName: z.string(),
  clientLastName: z.string(),
  category: z.string(),
  requestedOn: z.string(),
  note: z.string().nullable(),
  status: z.enum(waitlistStatuses),
  offeredItemId: z.number().int().nullable(),
  offeredInventoryNumber: z.string().nullable(),
  loanId: z.number().int().nullable(),
});
export type WaitlistEntry = z.infer<typeof waitlistEntrySchema>;

export const freeItemSchema = z.object({ id: z.number().int(), inventoryNumber: z.string(), name: z.string(), category: z.string(), status: z.string(), condition: z.string().nullable() });

export const lendSchema = input({
  itemId: idSchema,
  clientId: idSchema,
  handedOverOn: localDateSchema,
  expectedReturnOn: localDateSchema.optional(),
  condition: text(1, 200),
  accessories: text(0, 300).optional(),
  depositCents: money.optional(),
  feeCents: money.optional(),
  note: text(0, 500).optional(),
}).refine((l) => !l.expectedReturnOn || l.expectedReturnOn >= l.handedOverOn, { path: ['expectedReturnOn'], error: 'returnBeforeHandOver' });

export const returnSchema = input({
  loanId: idSchema,
  returnedOn: localDateSchema,
  condition: text(1, 200),
  damage: z.enum(loanDamages),
  note: text(0, 500).optional(),
}).refine((r) => r.damage === 'none' || (r.note ?? '').trim().length > 0, { path: ['note'], error: 'damageNoteRequired' });

export const loanActSchema = z.object({
  centre: z.object({ name: z.string(), country: z.string() }),
  language: uiLanguageSchema,
  generatedAt: z.string(),
  loan: loanSchema,
  client: z.object({ firstName: z.string(), lastName: z.string(), personalCode: z.string().nullable(), address: z.string().nullable(), phone: z.string().nullable() }),
  item: z.object({ inventoryNumber: z.string(), name: z.string(), category: z.string(), manufacturer: z.string().nullable(), model: z.string().nullable(), serialNumber: z.string().nullable() }),
});
export type LoanAct = z.infer<typeof loanActSchema>;

export const loansContract = {
  'loans.list': method({
    input: input({ filter: z.enum(loanFilters).optional(), clientId: idSchema.optional(), itemId: idSchema.optional(), category: category.optional(), limit }),
    output: z.object({ loans: z.array(loanSchema) }),
    access: clientReaders,
    write: false,
  }),
  /** Overdue loans with the phone numbers to call (the client's and their relatives'), for the manager. */
  'loans.overdue': method({
    input: input({}),
    output: z.object({ loans: z.array(loanSchema.extend({ phones: z.array(z.string()), daysOverdue: z.number().int() })) }),
    access: managers,
    write: false,
  }),
  /** Items that may be lent now: not lent, not waiting for cleaning, in service. */
  'loans.freeItems': method({
    input: input({ category: category.optional() }),
    output: z.object({ items: z.array(freeItemSchema) }),
    access: everyRole,
    write: false,
  }),
  'loans.lend': method({ input: lendSchema, output: loanSchema, access: loanWriters, write: true }),
  'loans.return': method({ input: returnSchema, output: loanSchema, access: loanWriters, write: true }),
  'loans.extend': method({
    input: input({ loanId: idSchema, expectedReturnOn: localDateSchema, reason: text(0, 300).optional() }),
    output: loanSchema,
    access: loanWriters,
    write: true,
  }),
  /** Records a cleaning/disinfection step; the item becomes lendable and is offered to the oldest waiting request. */
  'loans.clean': method({
    input: input({ itemId: idSchema, cleanedOn: localDateSchema, method: z.enum(cleaningMethods), note: text(0, 300).optional() }),
    output: z.object({ itemId: z.number().int(), status: z.string(), offeredTo: waitlistEntrySchema.nullable() }),
    access: loanWriters,
    write: true,
  }),
  /** The hand-over act in the client's language (or `language`), for the A4 print route; audited as a print. */
  'loans.actPdf': method({
    input: input({ loanId: idSchema, language: uiLanguageSchema.optional() }),
    output: loanActSchema,
    access: loanWriters,
    write: true,
  }),
  'waitlist.list': method({
    input: input({ category: category.optional(), clientId: idSchema.optional(), includeClosed: z.boolean().optional(), limit }),
    output: z.object({ entries: z.array(waitlistEntrySchema) }),
    access: clientReaders,
    write: false,
  }),
  /** Joins the waiting list of a category; refused while an item of it is free (lend that one instead). */
  'waitlist.join': method({
    input: input({ clientId: idSchema, category, requestedOn: localDateSchema, note: text(0, 300).optional() }),
    output: waitlistEntrySchema,
    access: loanWriters,
    write: true,
  }),
  /** Withdraws a request; an item offered to it goes to the next one waiting. */
  'waitlist.cancel': method({ input: input({ id: idSchema }), output: waitlistEntrySchema, access: loanWriters, write: true }),
  /** Lends the offered item to the client of the request and closes the request. */
  'waitlist.serve': method({
    input: input({ id: idSchema, handedOverOn: localDateSchema, expectedReturnOn: localDateSchema.optional(), condition: text(1, 200), accessories: text(0, 300).optional() }),
    output: loanSchema,
    access: loanWriters,
    write: true,
  }),
};
