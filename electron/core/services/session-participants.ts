import { countParticipants, deleteParticipant, findParticipant, findSessionRow, insertParticipant, updateParticipant, type SessionRow } from '#db/queries/sessions';
import { findAttendanceClient } from '#db/queries/attendance';
import type { Executor } from '#db/client';
import { writeWithAudit, type RecordAudit } from '#db/write';
import { finalClientStatuses } from '#shared/domain/attendance';
import { localDate } from '#shared/domain/local-date';
import { conflict, notFound } from '../app-error';
import type { HandlerCall } from '../call-context';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';
import { sessionDetail } from './session-detail';

type ParticipantHandlers = Pick<Handlers, 'sessions.addParticipant' | 'sessions.removeParticipant' | 'sessions.markParticipant'>;

export function participantHandlers({ db, now, events }: ServiceDeps): ParticipantHandlers {
  /** Runs a participant change on an existing session, audited, and tells every window. */
  const change = (call: HandlerCall, sessionId: number, body: (tx: Executor, audit: RecordAudit, session: SessionRow) => void) => {
    writeWithAudit(
      db,
      { staffId: call.actor().id, method: call.method },
      (tx, audit) => {
        const session = findSessionRow(tx, sessionId);
        if (!session) throw notFound('sessions.notFound');
        body(tx, audit, session);
      },
      now,
    );
    events.emit('sessions.changed', { sessionId });
    return sessionDetail(db, sessionId);
  };
  const existing = (tx: Executor, sessionId: number, clientId: number) => {
    const row = findParticipant(tx, sessionId, clientId);
    if (!row) throw notFound('sessions.participantNotFound');
    return row;
  };

  return {
    'sessions.addParticipant': ({ sessionId, clientId }, call) =>
      change(call, sessionId, (tx, audit, session) => {
        const client = findAttendanceClient(db, clientId);
        if (!client) throw notFound('attendance.clientNotFound');
        if ((finalClientStatuses as readonly string[]).includes(client.status)) throw conflict(`attendance.client.${client.status}`);
        if (findParticipant(tx, sessionId, clientId)) throw conflict('sessions.alreadyParticipant');
        if (session.capacity !== null && countParticipants(tx, sessionId) >= session.capacity) throw conflict('sessions.full', { capacity: session.capacity });
        const row = insertParticipant(tx, { sessionId, clientId, status: 'planned', updatedAt: now().toISOString() });
        audit({ entity: 'session_participant', entityId: row.id, after: row });
      }),

    'sessions.removeParticipant': ({ sessionId, clientId }, call) =>
      change(call, sessionId, (tx, audit) => {
        const row = existing(tx, sessionId, clientId);
        deleteParticipant(tx, row.id);
        audit({ entity: 'session_participant', entityId: row.id, before: row });
      }),

    'sessions.markParticipant': ({ sessionId, clientId, status }, call) =>
      change(call, sessionId, (tx, audit, session) => {
        if (status !== 'planned' && session.date > localDate(now())) throw conflict('sessions.notYetHeld');
        const row = existing(tx, sessionId, clientId);
        const after = updateParticipant(tx, row.id, { status, updatedAt: now().toISOString() });
        audit({ entity: 'session_participant', entityId: row.id, before: row, after });
      }),
  };
}
