import { z } from 'zod';
import { administrators, managers, method } from './define';
import { countrySchema, input, text } from './common';
import { idSchema } from './fields';
import { clientSchema, codeHistorySchema } from './clients';
import { relativeSchema } from './relatives';
import { consentSchema } from './consents';
import { decisionSchema } from './decisions';
import { assessmentSchema } from './assessments';
import { attendanceRecordSchema } from './attendance';
import { participantStatusSchema } from './activities';
import { clientStatuses } from '../domain/services';

/**
 * The data-protection side of the client register (GDPR): the access request (art. 15), answered by
 * `clients.accessExport` as a PDF and a JSON file, and erasure after the retention period (art. 17).
 */

export const defaultRetentionYears = 5;
export const retentionYearsSchema = z.number().int().min(1).max(75);

const changedValues = z.record(z.string(), z.unknown()).nullable();

/** Everything held about one client, as the core stores it; the JSON file is this object. */
export const accessExportSchema = z.object({
  generatedAt: z.string(),
  centre: z.object({ name: z.string(), country: countrySchema }),
  /** Who made the export: the staff member's full name. */
  preparedBy: z.string(),
  client: clientSchema,
  codes: z.array(codeHistorySchema),
  relatives: z.array(relativeSchema),
  consents: z.array(consentSchema),
  decisions: z.array(decisionSchema),
  /** Every assessment, oldest first (the card shows only the latest per instrument). */
  assessments: z.array(assessmentSchema),
  attendance: z.array(attendanceRecordSchema.omit({ clientId: true })),
  sessions: z.array(
    z.object({
      sessionId: z.number().int(),
      date: z.string(),
      startTime: z.string(),
      endTime: z.string(),
      /** The activity's name in each client language; null for a session without one. */
      activity: z.object({ lv: z.string(), lt: z.string(), ru: z.string() }).nullable(),
      status: participantStatusSchema,
    }),
  ),
  /** Who read or changed anything on the card, oldest first. */
  audit: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      staffName: z.string().nullable(),
      method: z.string(),
      entity: z.string(),
      entityId: z.string().nullable(),
      changes: z.object({ before: changedValues, after: changedValues }).nullable(),
    }),
  ),
});
export type AccessExport = z.infer<typeof accessExportSchema>;

export const pastRetentionSchema = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  status: z.enum(clientStatuses),
  /** Latest of the last attendance day, the last decision's end and the discharge date. */
  lastService: z.string(),
});
export type PastRetentionClient = z.infer<typeof pastRetentionSchema>;

export const eraseInputSchema = input({
  clientId: idSchema,
  /** Why now; kept in the erasure's audit row, so the form asks for no names here. */
  reason: text(3, 500),
  /** The client's name as typed by the administrator: a second look at whom they erase. */
  confirmName: z.string().trim().min(1).max(210),
});

export const privacyContract = {
  /** An access request: the whole record of one client. Audited like opening the card. */
  'clients.accessExport': method({ input: input({ clientId: idSchema }), output: accessExportSchema, access: managers, write: false }),
  'clients.erase': method({
    input: eraseInputSchema,
    output: z.object({ erasureId: z.number().int(), auditRowsRedacted: z.number().int(), compacted: z.boolean() }),
    access: administrators,
    write: true,
  }),
  'retention.get': method({ input: input({}), output: z.object({ retentionYears: z.number().int() }), access: administrators, write: false }),
  'retention.update': method({
    input: input({ retentionYears: retentionYearsSchema }),
    output: z.object({ retentionYears: z.number().int() }),
    access: administrators,
    write: true,
  }),
  /** Discharged or deceased clients whose last service is more than the retention period ago. */
  'retention.clients': method({
    input: input({}),
    output: z.object({ retentionYears: z.number().int(), cutoff: z.string(), clients: z.array(pastRetentionSchema) }),
    access: administrators,
    write: false,
  }),
};
