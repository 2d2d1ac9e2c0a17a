import { z } from 'zod';
import { careStaff, everyRole, frontDesk, managers, method, type Role } from './define';
import { input, uiLanguageSchema } from './common';
import { dateSchema, monthSchema, serviceKindSchema } from './period';
import { sessionReadRoles } from './activities';
import { idSchema } from './fields';
import { labelsFields, projectCodeSchema } from './equipment';
import { daysUpToMonths, observationRoles } from './dementia';
import { historyMaxMonths } from '../domain/dementia';
import { rangeWithin } from './bounds';
import { yearSchema } from './municipal-reports';
import { statementPayerSchema } from './billing';
import { loanWriters } from './loans';

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
  // The report prints the period of the observation chart (up to five years), bounded as dementia.observations.history is.
  input({ document: z.literal('observation-report'), clientId: idSchema, from: dateSchema, to: dateSchema, language: uiLanguageSchema })
    .refine((r) => r.to >= r.from, { path: ['to'], error: 'toBeforeFrom' })
    .refine(...rangeWithin(historyMaxMonths, daysUpToMonths)),
  input({ document: z.literal('respite-statement'), month: monthSchema, carerId: idSchema, language: uiLanguageSchema }),
  input({ document: z.literal('yearly-statistics'), year: yearSchema, language: uiLanguageSchema }),
  input({ document: z.literal('loan-act'), loanId: idSchema, language: uiLanguageSchema }),
  input({ document: z.literal('incident-report'), incidentId: idSchema, language: uiLanguageSchema }),
  input({ document: z.literal('statement'), month: monthSchema, payer: statementPayerSchema, pseudonymised: z.boolean(), language: uiLanguageSchema }),
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
  // Each as the data it prints: respite statements, yearly figures and municipal statements are the
  // managers'; a loan's hand-over act is the front desk's; an incident report (health data) the care staff's.
  'respite-statement': managers,
  'yearly-statistics': managers,
  'loan-act': loanWriters,
  'incident-report': careStaff,
  'statement': managers,
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
