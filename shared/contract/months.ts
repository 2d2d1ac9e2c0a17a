import { z } from 'zod';
import { method } from './define';
import { input, text } from './common';
import { monthSchema, serviceKindSchema } from './period';

export const monthStatusSchema = z.object({
  month: z.string(),
  service: serviceKindSchema,
  closed: z.boolean(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  reopenedBy: z.string().nullable(),
  reopenReason: z.string().nullable(),
});
export type MonthStatus = z.infer<typeof monthStatusSchema>;

const managers = ['administrator', 'manager'] as const;
const period = { month: monthSchema, service: serviceKindSchema };

/** A signed month is closed per service: its attendance becomes read-only until a manager reopens it. */
export const monthsContract = {
  'months.status': method({ input: input(period), output: monthStatusSchema, access: managers, write: false }),
  'months.close': method({ input: input(period), output: monthStatusSchema, access: managers, write: true }),
  'months.reopen': method({
    input: input({ ...period, reason: text(3, 500) }),
    output: monthStatusSchema,
    access: managers,
    write: true,
  }),
};
