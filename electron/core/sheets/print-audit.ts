import type { Db } from '#db/client';
import { writeWithAudit } from '#db/write';
import type { PrintJob } from '#shared/contract/print';
import { forbidden } from '../app-error';
import type { HandlerCall } from '../call-context';

export type PrintAction = 'print' | 'pdf' | 'browser-print-dialog';

/** Reception prints the day's list for the kitchen or a fire drill; monthly sheets are for managers. */
export function assertMayPrint(call: HandlerCall, job: PrintJob): void {
  const role = call.actor().role;
  if (job.document === 'attendance-sheet' && role !== 'administrator' && role !== 'manager') throw forbidden();
}

export function printKey(job: PrintJob): string {
  return job.document === 'attendance-sheet' ? `${job.document}:${job.month}:${job.service}` : `${job.document}:${job.date}`;
}

/** A file name without personal data: the document, its period and service. */
export function printTitle(job: PrintJob): string {
  return printKey(job).replace(/:/g, '-');
}

/** Who printed or saved which document for which period, in its own audited transaction. */
export function auditPrint(db: Db, call: HandlerCall, job: PrintJob, action: PrintAction, now: () => Date, fileName: string | null = null): void {
  writeWithAudit(
    db,
    { staffId: call.actor().id, method: call.method },
    (_tx, audit) => audit({ entity: 'print', entityId: printKey(job), after: { ...job, action, fileName } }),
    now,
  );
}
