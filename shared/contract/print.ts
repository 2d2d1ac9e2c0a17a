import { z } from 'zod';
import { everyRole, frontDesk, managers, method, type Role } from './define';
import { input, uiLanguageSchema } from './common';
import { dateSchema, monthSchema, serviceKindSchema } from './period';
import { sessionReadRoles } from './activities';
import { idSchema } from './fields';
import { labelsFields, projectCodeSchema } from './equipment';
import { observationRoles } from './dementia';

export const sessionIdSchema = z.number().int().positive();

/** What is being printed: the documents of the print machinery and the period or session each covers. */
export const printJobSchema = z.discriminatedUnion('document', [
  input({ document: z.literal('attendance-sheet'), month: monthSchema, service: serviceKindSchema, language: uiLanguageSchema }),
  input({ document: z.literal('day-list'), date: dateSchema, language: uiLanguageSchema }),
  input({ document: z.literal('session-participants'), sessionId: sessionIdSchema, language: uiLanguageSchema }),
  input({ document: z.literal('access-export'), clientId: idSchema, language: uiLanguageSchema }),
  input({ document: z.literal('equipment-labels'), ...labelsFields }),
  input({ document: z.literal('equipment-durability'), projectCode: projectCodeSchema, language: uiLanguageSchema }),
  input({ document: z.literal('equipment-due'), asOf: dateSchema, language: uiLanguageSchema }),
  input({ document: z.literal('observation-report'), clientId: idSchema, from: dateSchema, to: dateSchema, language: uiLanguageSchema }),
]);
export type PrintJob = z.infer<typeof printJobSchema>;
export type PrintDocument = PrintJob['document'];

/**
 * Who may print which document: monthly sheets are the managers'; reception prints the day's list for
 * the kitchen or a fire drill; whoever may see a session (carers run them) prints its list to sign;
 * a client's access request (everything held about them) is made by those who may export it.
 * The print methods admit the union; the core checks the document's own list.
 */
export const printRoles: Record<PrintDocument, readonly Role[]> = {
  'attendance-sheet': managers,
  'day-list': frontDesk,
  'session-participants': sessionReadRoles,
  'access-export': managers,
  'equipment-labels': managers,
  'equipment-durability': managers,
  // Whoever may read the due list (`equipment.due`) prints it.
  'equipment-due': everyRole,
  'observation-report': observationRoles,
};

/** Everyone who may print at least one document. */
export const printers: readonly Role[] = [...new Set(Object.values(printRoles).flat())];

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
