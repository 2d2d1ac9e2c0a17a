import type { Executor } from '#db/client';
import { completeFollowUpRow, countOverdueFollowUps, insertFollowUp, insertIncident, listIncidents, updateIncident, type FollowUpRow, type IncidentRow } from '#db/queries/incidents';
import { findStaffById, listActiveStaff } from '#db/queries/staff';
import type { MethodParsedInput } from '#shared/contract/index';
import { orNull } from '#shared/contract/fields';
import { localDate } from '#shared/domain/local-date';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';
import { requireClient } from '../client-guard';
import { incidentView, requireFollowUp, requireIncident } from './incident-view';

type IncidentHandlers = Pick<
  Handlers,
  | 'incidents.create'
  | 'incidents.update'
  | 'incidents.get'
  | 'incidents.list'
  | 'incidents.addFollowUp'
  | 'incidents.completeFollowUp'
  | 'incidents.close'
  | 'incidents.responsibles'
>;

/** `action` in the audit trail names print actions (a coded field): a follow-up's free text goes as `task`. */
const trail = ({ action, ...rest }: FollowUpRow) => ({ ...rest, task: action });

type ReportInput = Omit<MethodParsedInput<'incidents.update'>, 'id'>;
type FollowUpInput = MethodParsedInput<'incidents.addFollowUp'>;

function reportColumns(input: ReportInput) {
  return {
    kind: input.kind,
    occurredOn: input.occurredOn,
    occurredAt: input.occurredAt,
    place: input.place,
    description: input.description,
    injuries: orNull(input.injuries),
    familyInformedAt: orNull(input.familyInformedAt),
    doctorInformedAt: orNull(input.doctorInformedAt),
    municipalityInformedAt: orNull(input.municipalityInformedAt),
  };
}

export function incidentHandlers({ db, now }: ServiceDeps): IncidentHandlers {
  const today = () => localDate(now());
  const stamp = () => now().toISOString();

  /** A follow-up cannot be due before the incident happened; its responsible must be on the staff. */
  const addFollowUp = (tx: Executor, incident: IncidentRow, input: Omit<FollowUpInput, 'incidentId'>) => {
    if (input.dueOn < incident.occurredOn) throw conflict('incidents.followUpBeforeIncident', { date: incident.occurredOn });
    const responsible = findStaffById(tx, input.responsibleId);
    if (!responsible?.active) throw notFound('incidents.responsibleNotFound');
    return insertFollowUp(tx, { incidentId: incident.id, action: input.action, responsibleId: input.responsibleId, dueOn: input.dueOn, createdAt: stamp() });
  };
  const assertOpen = (row: IncidentRow) => {
    if (row.closedAt) throw conflict('incidents.closed');
  };

  return {
    'incidents.create': ({ clientId, followUps = [], ...report }, call) =>
      audited(db, now, call)((tx, audit) => {
        requireClient(tx, clientId);
        const at = stamp();
        const row = insertIncident(tx, { clientId, ...reportColumns(report), reportedBy: call.actor().id, createdAt: at, updatedAt: at });
        audit({ entity: 'incident', entityId: row.id, after: row });
        for (const followUp of followUps) {
          const added = addFollowUp(tx, row, followUp);
          audit({ entity: 'incident_follow_up', entityId: added.id, after: trail(added) });
        }
        return { incident: incidentView(tx, row, today()) };
      }),

    'incidents.update': ({ id, ...report }, call) =>
      audited(db, now, call)((tx, audit) => {
        const before = requireIncident(tx, id);
        assertOpen(before);
        // Moving the incident later than a follow-up's due date would break the rule create enforces.
        const early = incidentView(tx, before, today()).followUps.find((f) => f.dueOn < report.occurredOn);
        if (early) throw conflict('incidents.followUpBeforeIncident', { date: report.occurredOn });
        const row = updateIncident(tx, id, { ...reportColumns(report), updatedAt: stamp() });
        audit({ entity: 'incident', entityId: id, before, after: row });
        return { incident: incidentView(tx, row, today()) };
      }),

    'incidents.get': ({ id }, call) =>
      // Reading a report is reading health data: recorded like opening a client's card.
      audited(db, now, call)((tx, audit) => {
        const row = requireIncident(tx, id);
        audit({ entity: 'incident', entityId: id, before: null, after: null });
        return { incident: incidentView(tx, row, today()) };
      }),

    'incidents.list': (filter, call) =>
      audited(db, now, call)((tx, audit) => {
        const day = today();
        const incidents = listIncidents(tx, filter, day);
        audit({ entity: 'incident', entityId: filter.clientId ? `client:${filter.clientId}` : null, before: null, after: null });
        return { incidents, overdueFollowUps: countOverdueFollowUps(tx, day), today: day };
      }),

    'incidents.addFollowUp': ({ incidentId, ...followUp }, call) =>
      audited(db, now, call)((tx, audit) => {
        const incident = requireIncident(tx, incidentId);
        assertOpen(incident);
        const added = addFollowUp(tx, incident, followUp);
        audit({ entity: 'incident_follow_up', entityId: added.id, after: trail(added) });
        return { incident: incidentView(tx, incident, today()) };
      }),

    'incidents.completeFollowUp': ({ id }, call) =>
      audited(db, now, call)((tx, audit) => {
        const before = requireFollowUp(tx, id);
        if (before.doneAt) throw conflict('incidents.followUpDone');
        const incident = requireIncident(tx, before.incidentId);
        assertOpen(incident);
        const after = completeFollowUpRow(tx, id, stamp(), call.actor().id);
        audit({ entity: 'incident_follow_up', entityId: id, before: trail(before), after: trail(after) });
        return { incident: incidentView(tx, incident, today()) };
      }),

    'incidents.close': ({ id, note }, call) =>
      audited(db, now, call)((tx, audit) => {
        const before = requireIncident(tx, id);
        assertOpen(before);
        const open = incidentView(tx, before, today()).followUps.filter((f) => !f.doneAt).length;
        if (open > 0) throw conflict('incidents.openFollowUps', { open });
        const row = updateIncident(tx, id, { closedAt: stamp(), closedBy: call.actor().id, closingNote: orNull(note), updatedAt: stamp() });
        audit({ entity: 'incident', entityId: id, before, after: row });
        return { incident: incidentView(tx, row, today()) };
      }),

    'incidents.responsibles': () => ({ staff: listActiveStaff(db).map((s) => ({ id: s.id, fullName: s.fullName })) }),
  };
}
