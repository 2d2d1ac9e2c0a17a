import { findGroupOfSession } from '#db/queries/dementia-programme';
import { observationHistory, observationRowsOfSession, observationsOfSession, upsertObservation } from '#db/queries/dementia-observations';
import { listParticipants, findParticipant } from '#db/queries/sessions';
import { findClient } from '#db/queries/clients';
import type { Executor } from '#db/client';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';

type ObservationHandlers = Pick<Handlers, 'dementia.observations.get' | 'dementia.observations.save' | 'dementia.observations.history'>;

function groupSession(tx: Executor, sessionId: number) {
  const link = findGroupOfSession(tx, sessionId);
  if (!link) throw notFound('dementia.sessionNotFound');
  return link;
}

/**
 * Observations are health data: each read is recorded in the same transaction as the read itself, and a
 * save writes every row or none (someone not in the session, or a scale out of range, refuses the lot).
 */
export function observationHandlers({ db, now }: ServiceDeps): ObservationHandlers {
  return {
    'dementia.observations.get': ({ sessionId }, call) =>
      audited(db, now, call)((tx, audit) => {
        const link = groupSession(tx, sessionId);
        audit({ entity: 'dementia_observations', entityId: sessionId, before: null, after: null });
        return {
          sessionId,
          date: link.date,
          participants: listParticipants(tx, sessionId).map(({ status: _s, ...p }) => p).sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName)),
          observations: observationsOfSession(tx, sessionId),
        };
      }),

    'dementia.observations.save': ({ sessionId, rows }, call) =>
      audited(db, now, call)((tx, audit) => {
        const link = groupSession(tx, sessionId);
        const seen = new Set<number>();
        const previous = new Map(observationRowsOfSession(tx, sessionId).map((o) => [o.clientId, o]));
        const at = now().toISOString();
        for (const row of rows) {
          if (seen.has(row.clientId)) throw conflict('dementia.duplicateRow');
          seen.add(row.clientId);
          const participant = findParticipant(tx, sessionId, row.clientId);
          if (!participant) {
            const client = findClient(tx, row.clientId);
            throw conflict('dementia.notInSession', { name: client ? `${client.firstName} ${client.lastName}` : `#${row.clientId}` });
          }
          const saved = upsertObservation(tx, {
            participantId: participant.id,
            sessionId,
            clientId: row.clientId,
            date: link.date,
            mood: row.mood,
            engagement: row.engagement,
            appetite: row.appetite,
            sleepiness: row.sleepiness,
            behaviours: [...new Set(row.behaviours)],
            helped: row.helped ? row.helped : null,
            note: row.note ? row.note : null,
            recordedBy: call.actor().id,
            updatedAt: at,
          });
          audit({ entity: 'dementia_observation', entityId: saved.id, before: previous.get(row.clientId) ?? null, after: saved });
        }
        return { saved: rows.length };
      }),

    'dementia.observations.history': ({ clientId, from, to }, call) =>
      audited(db, now, call)((tx, audit) => {
        const client = findClient(tx, clientId);
        if (!client) throw notFound('clients.notFound');
        audit({ entity: 'dementia_observations', entityId: `client:${clientId}`, before: null, after: { from, to } });
        return {
          client: { id: client.id, firstName: client.firstName, lastName: client.lastName, language: client.language, birthDate: client.birthDate },
          observations: observationHistory(tx, clientId, from, to),
        };
      }),
  };
}
