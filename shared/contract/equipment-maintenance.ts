import { z } from 'zod';
import { administrators, careStaff, everyRole, managers, method } from './define';
import { input, text } from './common';
import { localDateSchema, localTimeSchema } from './dates';
import { idSchema } from './fields';
import { daysWithinMonths, maxPageSize, maxPeriodMonths, rangeWithin } from './bounds';
import { dueStates, maintenanceResults, scheduleIntervalUnits, scheduleKinds } from '../domain/equipment-due';

/** Managers keep the register and its schedules; carers log the uses they run (hydromassage, shower). */
export const equipmentMaintainers = managers;
export const equipmentUsers = careStaff;

export const scheduleKindSchema = z.enum(scheduleKinds);
export const intervalUnitSchema = z.enum(scheduleIntervalUnits);
export const maintenanceResultSchema = z.enum(maintenanceResults);

/** The longest interval a schedule may have: ten years, or 100,000 uses. */
export const maxIntervalDays = 3660;
export const maxIntervalMonths = 120;
export const maxIntervalUses = 100_000;
const intervalFits = (s: { intervalUnit: string; intervalValue: number }) =>
  s.intervalValue <= (s.intervalUnit === 'days' ? maxIntervalDays : s.intervalUnit === 'months' ? maxIntervalMonths : maxIntervalUses);

const scheduleFields = {
  title: text(2, 120),
  kind: scheduleKindSchema,
  intervalUnit: intervalUnitSchema,
  intervalValue: z.number().int({ error: 'intervalPositive' }).min(1, { error: 'intervalPositive' }).max(maxIntervalUses),
  responsibleKind: z.enum(['staff', 'supplier']),
  responsibleStaffId: idSchema.nullable().optional(),
  supplierName: text(0, 120).optional(),
  supplierContact: text(0, 160).optional(),
  blocksUse: z.boolean(),
  note: text(0, 500).optional(),
};
const intervalIssue = { path: ['intervalValue'], error: 'intervalTooLong' };

export const scheduleCreateSchema = input({ ...scheduleFields, itemId: idSchema, startsOn: localDateSchema.optional() }).refine(intervalFits, intervalIssue);
export const scheduleUpdateSchema = input({ ...scheduleFields, id: idSchema, startsOn: localDateSchema, active: z.boolean() }).refine(intervalFits, intervalIssue);

export const scheduleSchema = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  title: z.string(),
  kind: scheduleKindSchema,
  intervalUnit: intervalUnitSchema,
  intervalValue: z.number().int(),
  startsOn: z.string(),
  responsibleKind: z.enum(['staff', 'supplier']),
  responsibleStaffId: z.number().int().nullable(),
  responsibleName: z.string().nullable(),
  supplierName: z.string().nullable(),
  supplierContact: z.string().nullable(),
  blocksUse: z.boolean(),
  active: z.boolean(),
  note: z.string().nullable(),
  lastDoneOn: z.string().nullable(),
  nextDueOn: z.string().nullable(),
  usesSinceLast: z.number().int().nullable(),
  dueState: z.enum(dueStates).nullable(),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const maintenanceRecordSchema = input({
  itemId: idSchema,
  scheduleId: idSchema.nullable().optional(),
  doneOn: localDateSchema,
  performedBy: text(2, 120),
  work: text(2, 1000),
  costCents: z.number().int().min(0).max(10_000_000).nullable().optional(),
  documentRef: text(0, 120).optional(),
  result: maintenanceResultSchema,
});

export const maintenanceSchema = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  scheduleId: z.number().int().nullable(),
  scheduleTitle: z.string().nullable(),
  doneOn: z.string(),
  performedBy: z.string(),
  work: z.string(),
  costCents: z.number().int().nullable(),
  documentRef: z.string().nullable(),
  result: maintenanceResultSchema,
});

export const dueItemSchema = z.object({
  scheduleId: z.number().int(),
  itemId: z.number().int(),
  inventoryNumber: z.string(),
  itemName: z.string(),
  category: z.string(),
  itemStatus: z.string(),
  location: z.string().nullable(),
  title: z.string(),
  kind: scheduleKindSchema,
  intervalUnit: intervalUnitSchema,
  intervalValue: z.number().int(),
  responsibleKind: z.enum(['staff', 'supplier']),
  responsibleName: z.string().nullable(),
  supplierContact: z.string().nullable(),
  blocksUse: z.boolean(),
  lastDoneOn: z.string().nullable(),
  nextDueOn: z.string().nullable(),
  usesSinceLast: z.number().int().nullable(),
  state: z.enum(dueStates),
});
export type DueItem = z.infer<typeof dueItemSchema>;

/** How far ahead "upcoming" looks on the due list; the first 30 days are "due soon". */
export const defaultDueHorizonDays = 90;

export const usageLogSchema = input({
  itemId: idSchema,
  clientId: idSchema.nullable().optional(),
  usedOn: localDateSchema,
  startedAt: z.union([z.literal(''), localTimeSchema]).optional(),
  minutes: z.number().int().min(1).max(24 * 60).nullable().optional(),
  sessionId: idSchema.nullable().optional(),
  note: text(0, 500).optional(),
});

export const usageSchema = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  inventoryNumber: z.string(),
  itemName: z.string(),
  clientId: z.number().int().nullable(),
  clientName: z.string().nullable(),
  usedOn: z.string(),
  startedAt: z.string().nullable(),
  minutes: z.number().int().nullable(),
  staffId: z.number().int(),
  staffName: z.string(),
  sessionId: z.number().int().nullable(),
  bookingId: z.number().int().nullable(),
  note: z.string().nullable(),
});
export type Usage = z.infer<typeof usageSchema>;

/** Days `from`..`to` (the months they touch are counted); at most a year. */
const countsRange = input({ from: localDateSchema, to: localDateSchema, itemId: idSchema.optional() })
  .refine((r) => r.to >= r.from, { path: ['to'], error: 'toBeforeFrom' })
  .refine(...rangeWithin(maxPeriodMonths, daysWithinMonths));
const pageLimit = z.number().int().min(1).max(maxPageSize).optional();

export const equipmentSettingsSchema = input({ blockUseWhenOverdue: z.boolean() });

export const equipmentMaintenanceContract = {
  'equipment.schedules.list': method({
    input: input({ itemId: idSchema, limit: pageLimit }),
    output: z.object({ schedules: z.array(scheduleSchema) }),
    access: everyRole,
    write: false,
  }),
  'equipment.schedules.create': method({ input: scheduleCreateSchema, output: scheduleSchema, access: equipmentMaintainers, write: true }),
  'equipment.schedules.update': method({ input: scheduleUpdateSchema, output: scheduleSchema, access: equipmentMaintainers, write: true }),
  'equipment.maintenance.record': method({
    input: maintenanceRecordSchema,
    output: z.object({ record: maintenanceSchema, itemStatus: z.string() }),
    access: equipmentMaintainers,
    write: true,
  }),
  'equipment.maintenance.list': method({
    input: input({ itemId: idSchema, limit: pageLimit }),
    output: z.object({ records: z.array(maintenanceSchema) }),
    access: everyRole,
    write: false,
  }),
  /** Overdue, due within 30 days, and upcoming up to `horizonDays` ahead of `asOf` (the core's today if left out); `limit` rows each. */
  'equipment.due': method({
    input: input({ asOf: localDateSchema.optional(), horizonDays: z.number().int().min(31).max(366).optional(), limit: pageLimit }),
    output: z.object({
      asOf: z.string(),
      overdue: z.array(dueItemSchema),
      dueSoon: z.array(dueItemSchema),
      upcoming: z.array(dueItemSchema),
      /** Each section holds its first `limit` rows (earliest first); these are the whole counts. */
      totals: z.object({ overdue: z.number().int(), dueSoon: z.number().int(), upcoming: z.number().int() }),
    }),
    access: everyRole,
    write: false,
  }),
  /** Items whose blocking inspection is overdue today: every page showing an item warns with a badge. */
  'equipment.safetyWarnings': method({
    input: input({}),
    output: z.object({ asOf: z.string(), itemIds: z.array(z.number().int()), blocking: z.boolean() }),
    access: everyRole,
    write: false,
  }),
  'equipment.usage.log': method({ input: usageLogSchema, output: usageSchema, access: equipmentUsers, write: true }),
  'equipment.usage.list': method({
    input: input({
      itemId: idSchema.optional(),
      clientId: idSchema.optional(),
      sessionId: idSchema.optional(),
      from: localDateSchema.optional(),
      to: localDateSchema.optional(),
      limit: pageLimit,
    }).refine(...rangeWithin(maxPeriodMonths, daysWithinMonths)),
    output: z.object({ uses: z.array(usageSchema) }),
    access: equipmentUsers,
    write: false,
  }),
  'equipment.usage.counts': method({
    input: countsRange,
    output: z.object({
      months: z.array(z.string()),
      rows: z.array(z.object({ itemId: z.number().int(), inventoryNumber: z.string(), itemName: z.string(), month: z.string(), uses: z.number().int(), clients: z.number().int(), minutes: z.number().int() })),
    }),
    access: equipmentUsers,
    write: false,
  }),
  /** Items a use may be logged for (not written off), for the pickers on a client's card and a session. */
  'equipment.usage.items': method({
    input: input({}),
    output: z.object({ items: z.array(z.object({ id: z.number().int(), inventoryNumber: z.string(), name: z.string(), category: z.string() })) }),
    access: equipmentUsers,
    write: false,
  }),
  'equipment.settings.get': method({ input: input({}), output: z.object({ blockUseWhenOverdue: z.boolean() }), access: everyRole, write: false }),
  'equipment.settings.update': method({ input: equipmentSettingsSchema, output: z.object({ blockUseWhenOverdue: z.boolean() }), access: administrators, write: true }),
};
