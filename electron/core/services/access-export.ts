import { getCentre } from '#db/queries/centre';
import { findClient, listClientCodes } from '#db/queries/clients';
import { listAssessments, listConsents, listRelatives } from '#db/queries/client-records';
import { listDecisions } from '#db/queries/decisions';
import { sessionsOfClient } from '#db/queries/sessions';
import { attendanceOfClient } from '#db/queries/client-export';
import { clientAuditRows } from '#db/queries/client-audit';
import type { AccessExport } from '#shared/contract/privacy';
import { notFound } from '../app-error';
import type { Handlers } from '../dispatcher';
import { audited } from './audited';
import type { ServiceDeps } from './service-deps';

/** The stored `{before, after}` JSON as data; a row that is not JSON shows no changes rather than failing the export. */
function parseChanges(text: string | null): AccessExport['audit'][number]['changes'] {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null } | null;
    return value && typeof value === 'object' ? { before: value.before ?? null, after: value.after ?? null } : null;
  } catch {
    return null;
  }
}

/**
 * A GDPR access request (art. 15): everything held about one client in one answer, which the print
 * preview lays out as a PDF and the browser saves as JSON. Reading it is recorded in the same
 * transaction, like opening the card: who exported whose data, and when.
 */
export function accessExportHandlers({ db, now }: ServiceDeps): Pick<Handlers, 'clients.accessExport'> {
  return {
    'clients.accessExport': ({ clientId }, call) =>
      audited(db, now, call)((tx, audit) => {
        const client = findClient(tx, clientId);
        const centre = getCentre(tx);
        if (!client || !centre) throw notFound('clients.notFound');
        audit({ entity: 'client', entityId: clientId, before: null, after: null });
        return {
          generatedAt: now().toISOString(),
          centre: { name: centre.name, country: centre.country },
          preparedBy: call.actor().fullName,
          client,
          codes: listClientCodes(tx, clientId),
          relatives: listRelatives(tx, clientId),
          consents: listConsents(tx, clientId),
          decisions: listDecisions(tx, clientId),
          assessments: listAssessments(tx, clientId).reverse(),
          attendance: attendanceOfClient(db, clientId),
          sessions: sessionsOfClient(tx, clientId)
            .reverse()
            .map(({ activity, ...session }) => ({ ...session, activity: activity && { lv: activity.nameLv, lt: activity.nameLt, ru: activity.nameRu } })),
          // This export's own row is written when the transaction ends, after this read.
          audit: clientAuditRows(db, clientId).map(({ staffId: _staffId, ...row }) => ({ ...row, changes: parseChanges(row.changes) })),
        } satisfies AccessExport;
      }),
  };
}
