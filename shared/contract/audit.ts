import { z } from 'zod';
import { managers, method } from './define';
import { input } from './common';
import { referenceKinds } from './audit-refs';
import { instantsWithinMonths, maxPeriodMonths, plausibleYearsRefinement, rangeWithin } from './bounds';

export const auditPageSize = 50;

const changedValues = z.record(z.string(), z.unknown()).nullable();

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  staffId: z.number().int().nullable(),
  staffName: z.string().nullable(),
  method: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  changes: z.object({ before: changedValues, after: changedValues }).nullable(),
  /** The record's current name (a client, activity, staff member; a client's record by its client), read now; null when gone. */
  subject: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditFilterSchema = input({
  staffId: z.number().int().positive().optional(),
  /** The kind of record (`client`, `staff`…) and, optionally, which one: "everything about this person". */
  entity: z.string().max(40).optional(),
  entityId: z.string().max(40).optional(),
  method: z.string().max(80).optional(),
  /**
   * Instants (ISO, UTC), `from` inclusive and `to` exclusive. The browser turns the picked local days into
   * instants, because only it knows where the user's midnight is.
   */
  from: z.iso.datetime().max(30).refine(...plausibleYearsRefinement).optional(),
  to: z.iso.datetime().max(30).refine(...plausibleYearsRefinement).optional(),
  /** Keyset paging: entries older than this id. */
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(200).optional(),
  // An open end is fine (the list is paged); a closed period is a report and is capped like one.
}).refine(...rangeWithin(maxPeriodMonths, instantsWithinMonths));
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The audit trail: managers and administrators read it; nobody can change it (see migration audit_append_only). */
export const auditContract = {
  'audit.list': method({
    input: auditFilterSchema,
    output: z.object({
      entries: z.array(auditEntrySchema),
      nextBefore: z.number().int().nullable(),
      /** Current names of the clients, activities and staff the page's changes refer to by id (see audit-refs.ts). */
      names: z.record(z.enum(referenceKinds), z.record(z.string(), z.string())),
    }),
    access: managers,
    write: false,
  }),
  /** What the filters can offer: every staff member who ever wrote, and the methods and entities seen. */
  'audit.filters': method({
    input: input({}),
    output: z.object({
      staff: z.array(z.object({ id: z.number().int(), fullName: z.string() })),
      methods: z.array(z.string()),
      entities: z.array(z.string()),
    }),
    access: managers,
    write: false,
  }),
};
