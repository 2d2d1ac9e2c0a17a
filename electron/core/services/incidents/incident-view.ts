import type { Executor } from '#db/client';
import { findFollowUp, findIncident, followUpsOf, type IncidentRow } from '#db/queries/incidents';
import { findClient } from '#db/queries/clients';
import { findStaffById } from '#db/queries/staff';
import type { Incident } from '#shared/contract/incidents';
import { notFound } from '../../app-error';

export function requireIncident(tx: Executor, id: number): IncidentRow {
  const row = findIncident(tx, id);
  if (!row) throw notFound('incidents.notFound');
  return row;
}

export function requireFollowUp(tx: Executor, id: number) {
  const row = findFollowUp(tx, id);
  if (!row) throw notFound('incidents.followUpNotFound');
  return row;
}

const staffName = (tx: Executor, id: number | null) => (id == null ? null : (findStaffById(tx, id)?.fullName ?? null));

/** The wire form of a report, with names resolved at read time and follow-ups overdue as of `today`. */
export function incidentView(tx: Executor, row: IncidentRow, today: string): Incident {
  const client = findClient(tx, row.clientId);
  return {
    id: row.id,
    clientId: row.clientId,
    clientName: client ? `${client.firstName} ${client.lastName}` : '',
    clientLanguage: client?.language ?? 'lv',
    kind: row.kind,
    occurredOn: row.occurredOn,
    occurredAt: row.occurredAt,
    place: row.place,
    description: row.description,
    injuries: row.injuries,
    familyInformedAt: row.familyInformedAt,
    doctorInformedAt: row.doctorInformedAt,
    municipalityInformedAt: row.municipalityInformedAt,
    reportedByName: staffName(tx, row.reportedBy) ?? '',
    createdAt: row.createdAt,
    closedAt: row.closedAt,
    closedByName: staffName(tx, row.closedBy),
    closingNote: row.closingNote,
    followUps: followUpsOf(tx, row.id).map(({ row: f, responsibleName, doneByName }) => ({
      id: f.id,
      action: f.action,
      responsibleId: f.responsibleId,
      responsibleName: responsibleName ?? '',
      dueOn: f.dueOn,
      doneAt: f.doneAt,
      doneByName,
      overdue: !f.doneAt && f.dueOn < today,
    })),
  };
}
