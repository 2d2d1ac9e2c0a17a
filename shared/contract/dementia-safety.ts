import { z } from 'zod';
import { everyRole, managers, method, type Role } from './define';
import { input, text } from './common';
import { localDateSchema, localTimeSchema } from './dates';
import { monthSchema } from './period';
import { idSchema } from './fields';
import { attendanceRecordSchema, attendanceRoles } from './attendance';
import { relationKinds } from '../domain/client-parts';

/** Reception hands clients over; managers and administrators too. Carers do not run the board. */
export const handOverRoles: readonly Role[] = attendanceRoles;

/** An authorised pick-up person as reception needs them at the door. */
export const collectorSchema = z.object({
  relativeId: z.number().int(),
  name: z.string(),
  relation: z.enum(relationKinds),
  phone: z.string().nullable(),
  phoneAlt: z.string().nullable(),
  idHint: z.string().nullable(),
});
export type Collector = z.infer<typeof collectorSchema>;

export const handOverSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  date: z.string(),
  time: z.string(),
  relativeId: z.number().int().nullable(),
  collectorName: z.string(),
  staffName: z.string(),
  overrideReason: z.string().nullable(),
  approvedByName: z.string().nullable(),
});
export type HandOver = z.infer<typeof handOverSchema>;

export const notCollectedRowSchema = z.object({
  clientId: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  groupId: z.number().int(),
  groupName: z.string(),
  arrivedAt: z.string().nullable(),
  closesAt: z.string(),
  /** Closing time plus the group's delay: from then the manager is alerted. */
  alarmAt: z.string(),
  alarm: z.boolean(),
  collectors: z.array(collectorSchema),
});
export type NotCollectedRow = z.infer<typeof notCollectedRowSchema>;

export const respiteRowSchema = z.object({
  carerId: z.number().int(),
  carerName: z.string(),
  carerLanguage: z.enum(['lv', 'lt', 'ru']),
  clientId: z.number().int(),
  clientName: z.string(),
  days: z.array(z.object({ date: z.string(), arrivedAt: z.string(), leftAt: z.string(), minutes: z.number().int() })),
  totalMinutes: z.number().int(),
});
export type RespiteRow = z.infer<typeof respiteRowSchema>;

export const dementiaSafetyContract = {
  /** Who may collect a dementia-group client today, and whether the card says they may go home alone. */
  'attendance.collectors': method({
    input: input({ clientId: idSchema, date: localDateSchema.optional() }),
    output: z.object({ handOverRequired: z.boolean(), mayGoHomeAlone: z.boolean(), collectors: z.array(collectorSchema) }),
    access: handOverRoles,
    write: false,
  }),
  /**
   * Check-out of a dementia-group client with the person who collects them: a relative authorised on
   * the card (by id), or anyone else by name with a reason and a manager's approval (the caller when a
   * manager, else a manager's username and password typed at the desk).
   */
  'attendance.handOver': method({
    input: input({
      clientId: idSchema,
      collectedBy: z.union([z.number().int().min(1).max(10_000_000), text(2, 120)]),
      overrideReason: text(3, 500).optional(),
      approval: input({ username: text(1, 64), password: z.string().min(1).max(256) }).optional(),
      date: localDateSchema.optional(),
      time: localTimeSchema.optional(),
    }),
    output: z.object({ record: attendanceRecordSchema, handOver: handOverSchema }),
    access: handOverRoles,
    write: true,
  }),
  'attendance.handOvers': method({
    input: input({ date: localDateSchema }),
    output: z.object({ handOvers: z.array(handOverSchema) }),
    access: handOverRoles,
    write: false,
  }),
  /** Participants still present after their group's closing time, with whom to call (board, group page, home page). */
  'safety.notCollected': method({
    input: input({ date: localDateSchema.optional() }),
    output: z.object({ date: z.string(), time: z.string(), rows: z.array(notCollectedRowSchema) }),
    access: everyRole,
    write: false,
  }),
  /** Respite hours of family carers (relatives marked as main carer) in a month; a future month is refused. */
  'respite.month': method({
    input: input({ month: monthSchema, carerId: idSchema.optional() }),
    output: z.object({ month: z.string(), rows: z.array(respiteRowSchema) }),
    access: managers,
    write: false,
  }),
  /** The month's list for all carers as an XLSX workbook (base64), audited as an export. */
  'respite.exportXlsx': method({
    input: input({ month: monthSchema, language: z.enum(['lv', 'lt', 'ru', 'en']) }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
    access: managers,
    write: true,
  }),
};
