import { findGroupOfSession } from '#db/queries/dementia-programme';
import {
  observationHistory,
  observationsOfSession,
  participantIdsOfSession,
  storedObservationsOfSession,
  upsertObservation,
  type ObservationWrite,
  type StoredObservation,
} from '#db/queries/dementia-observations';
import { listParticipants } from '#db/queries/sessions';
import { findClient } from '#db/queries/clients';
import type { Db } from '#db/client';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';

type ObservationHandlers = Pick<Handlers, 'dementia.observations.get' | 'dementia.observations.save' | 'dementia.observations.history'>;

/** The recorded fields of a stored observation: the trail's "before" (its id and client are the row's own). */
const fieldsOf = ({ id: _id, clientId: _client, ...fields }: StoredObservation) => fields;

function groupSession(db: Db, sessionId: number) {
  const link = findGroupOfSession(db, sessionId);
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
        const link = groupSession(db, sessionId);
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
        const link = groupSession(db, sessionId);
        const participants = participantIdsOfSession(db, sessionId);
        const previous = storedObservationsOfSession(db, sessionId);
        const seen = new Set<number>();
        const at = now().toISOString();
        const recordedBy = call.actor().id;
        // Every row is checked before any is written: someone not in the session refuses the lot.
        const writes: ObservationWrite[] = rows.map((row) => {
          if (seen.has(row.clientId)) throw conflict('dementia.duplicateRow');
          seen.add(row.clientId);
          const participantId = participants.get(row.clientId);
          if (participantId === undefined) {
            const client = findClient(tx, row.clientId);
            throw conflict('dementia.notInSession', { name: client ? `${client.firstName} ${client.lastName}` : `#${row.clientId}` });
          }
          return {
            participantId, sessionId, clientId: row.clientId, date: link.date, mood: row.mood, engagement: row.engagement, appetite: row.appetite,
            sleepiness: row.sleepiness, behaviours: JSON.stringify([...new Set(row.behaviours)]), helped: row.helped ? row.helped : null, note: row.note ? row.note : null,
            recordedBy, updatedAt: at,
          };
        });
        for (const write of writes) {
          const before = previous.get(write.clientId) ?? null;
          audit({
            entity: 'dementia_observation',
            entityId: upsertObservation(db, write, before?.id),
            before: before && fieldsOf(before),
            after: { clientId: write.clientId, date: link.date, mood: write.mood, engagement: write.engagement, appetite: write.appetite, sleepiness: write.sleepiness, behaviours: write.behaviours, helped: write.helped, note: write.note },
          });
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
