import type { Db } from '#db/client';
import { findSessionRow } from '#db/queries/sessions';
import { findClient } from '#db/queries/clients';
import { findLoan } from '#db/queries/loans';
import { findIncident } from '#db/queries/incidents';
import { writeWithAudit } from '#db/write';
import { printRoles, type PrintJob } from '#shared/contract/print';
import { forbidden, notFound } from '../app-error';
import type { HandlerCall } from '../call-context';

export type PrintAction = 'print' | 'pdf' | 'browser-print-dialog';

/**
 * The print methods admit every role that may print something; each document has its own list
 * (`printRoles`). A session's list or a client's access export must name one that exists, or the audit
 * would record a print of nothing.
 */
export function assertMayPrint(db: Db, call: HandlerCall, job: PrintJob): void {
  if (!printRoles[job.document].includes(call.actor().role)) throw forbidden();
  if (job.document === 'session-participants' && !findSessionRow(db, job.sessionId)) throw notFound('sessions.notFound');
  if ((job.document === 'access-export' || job.document === 'observation-report') && !findClient(db, job.clientId)) throw notFound('clients.notFound');
  if (job.document === 'loan-act' && !findLoan(db, job.loanId)) throw notFound('loans.notFound');
  if (job.document === 'incident-report' && !findIncident(db, job.incidentId)) throw notFound('incidents.notFound');
}

export function printKey(job: PrintJob): string {
  switch (job.document) {
    case 'attendance-sheet':
      return `${job.document}:${job.month}:${job.service}`;
    case 'day-list':
      return `${job.document}:${job.date}`;
    case 'session-participants':
      return `${job.document}:${job.sessionId}`;
    case 'access-export':
      return `${job.document}:${job.clientId}`;
    case 'equipment-labels':
      return `${job.document}:${job.layout}:${job.itemIds.length}`;
    case 'equipment-durability':
      return `${job.document}:${job.projectCode}`;
    case 'equipment-due':
      return `${job.document}:${job.asOf}`;
    case 'observation-report':
      return `${job.document}:${job.clientId}:${job.from}:${job.to}`;
    case 'respite-statement':
      return `${job.document}:${job.month}:${job.carerId}`;
    case 'yearly-statistics':
      return `${job.document}:${job.year}`;
    case 'loan-act':
      return `${job.document}:${job.loanId}`;
    case 'incident-report':
      return `${job.document}:${job.incidentId}`;
    case 'statement':
      return `${job.document}:${job.month}:${job.payer}`;
  }
}

/** A file name without personal data: the document and its period, service or session number. */
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
