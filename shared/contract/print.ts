import { z } from 'zod';
import { method } from './define';
import { input, uiLanguageSchema } from './common';
import { dateSchema, monthSchema, serviceKindSchema } from './period';

/** What is being printed: the documents of the print machinery and the period each covers. */
export const printJobSchema = z.discriminatedUnion('document', [
  input({ document: z.literal('attendance-sheet'), month: monthSchema, service: serviceKindSchema, language: uiLanguageSchema }),
  input({ document: z.literal('day-list'), date: dateSchema, language: uiLanguageSchema }),
]);
export type PrintJob = z.infer<typeof printJobSchema>;

const printers = ['administrator', 'manager', 'reception'] as const;

/**
 * Printing the page on screen through the platform: Electron opens the OS print dialog or a save
 * dialog for a PDF; the browser host answers `not-available` and the page uses `window.print()`.
 * Each successful print or save is audited by the core.
 */
export const printContract = {
  'print.document': method({
    input: printJobSchema,
    output: z.object({ outcome: z.enum(['printed', 'cancelled', 'not-available']) }),
    access: printers,
    write: true,
  }),
  'print.savePdf': method({
    input: printJobSchema,
    output: z.object({ outcome: z.enum(['saved', 'cancelled', 'not-available']), fileName: z.string().nullable() }),
    access: printers,
    write: true,
  }),
};
