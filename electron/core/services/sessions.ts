import { findActivity } from '#db/queries/activities';
import { findClientName, findSessionRow, insertSeries, insertSession, listSessionViews, sessionsOfClient, updateSession } from '#db/queries/sessions';
import type { Executor } from '#db/client';
import { writeWithAudit } from '#db/write';
import { datesBetween, isoWeekday } from '#shared/domain/local-date';
import { conflict, notFound } from '../app-error';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';
import { activityView } from './activities';
import { participantHandlers } from './session-participants';
import { sessionDetail } from './session-detail';
import { sessionCandidates } from './session-candidates';

type SessionHandlers = Pick<Handlers, 'sessions.list' | 'sessions.get' | 'sessions.create' | 'sessions.createSeries' | 'sessions.update' | 'sessions.forClient' | 'sessions.candidates'>;

/** A plan longer than a year is almost certainly a typo in the year, and would create hundreds of sessions. */
const maxSeriesDays = 366;


const optional = (value: string | undefined) => (value ? value : null);

export function sessionHandlers(deps: ServiceDeps): SessionHandlers & ReturnType<typeof participantHandlers> {
  const { db, now, events } = deps;
  const actorOf = (call: { actor(): { id: number }; method: string }) => ({ staffId: call.actor().id, method: call.method });
  const usableActivity = (tx: Executor, activityId: number) => {
    const activity = findActivity(tx, activityId);
    if (!activity) throw notFound('activities.notFound');
    if (!activity.active) throw conflict('activities.inactive');
  };

  return {
    'sessions.list': ({ from, to }) => ({ sessions: listSessionViews(db, from, to) }),
    'sessions.get': ({ id }) => sessionDetail(db, id),

    'sessions.create': ({ leader, room, capacity, note, ...fields }, call) => {
      const at = now().toISOString();
      const id = writeWithAudit(
        db,
        actorOf(call),
        (tx, audit) => {
          usableActivity(tx, fields.activityId);
          const row = insertSession(tx, { ...fields, kind: 'activity', leader: optional(leader), room: optional(room), capacity: capacity ?? null, note: optional(note), createdAt: at, updatedAt: at });
          audit({ entity: 'session', entityId: row.id, after: row });
          return row.id;
        },
        now,
      );
      events.emit('sessions.changed', { sessionId: id });
      return sessionDetail(db, id);
    },

    'sessions.createSeries': ({ from, to, weekdays, leader, room, capacity, note, ...fields }, call) => {
      const dates = datesBetween(from, to);
      if (dates.length > maxSeriesDays) throw conflict('sessions.seriesTooLong', { days: maxSeriesDays });
      const planned = dates.filter((date) => weekdays.includes(isoWeekday(date)));
      if (planned.length === 0) throw conflict('sessions.seriesEmpty');
      const at = now().toISOString();
      const result = writeWithAudit(
        db,
        actorOf(call),
        (tx, audit) => {
          usableActivity(tx, fields.activityId);
          const series = insertSeries(tx, { weekdays, validFrom: from, validTo: to, createdAt: at });
          audit({ entity: 'session_series', entityId: series.id, after: series });
          const sessionIds = planned.map((date) => {
            const row = insertSession(tx, { ...fields, date, kind: 'activity', seriesId: series.id, leader: optional(leader), room: optional(room), capacity: capacity ?? null, note: optional(note), createdAt: at, updatedAt: at });
            audit({ entity: 'session', entityId: row.id, after: row });
            return row.id;
          });
          return { seriesId: series.id, sessionIds };
        },
        now,
      );
      for (const sessionId of result.sessionIds) events.emit('sessions.changed', { sessionId });
      return result;
    },

    'sessions.update': ({ id, leader, room, capacity, note, ...fields }, call) => {
      writeWithAudit(
        db,
        actorOf(call),
        (tx, audit) => {
          const before = findSessionRow(tx, id);
          if (!before) throw notFound('sessions.notFound');
          if (before.activityId !== fields.activityId) usableActivity(tx, fields.activityId);
          const after = updateSession(tx, id, { ...fields, leader: optional(leader), room: optional(room), capacity: capacity ?? null, note: optional(note), updatedAt: now().toISOString() });
          audit({ entity: 'session', entityId: id, before, after });
        },
        now,
      );
      events.emit('sessions.changed', { sessionId: id });
      return sessionDetail(db, id);
    },

    ...participantHandlers(deps),

    'sessions.candidates': ({ sessionId }) => sessionCandidates(db, sessionId),

    'sessions.forClient': ({ clientId }) => ({
      client: findClientName(db, clientId) ?? null,
      sessions: sessionsOfClient(db, clientId).map(({ activity, ...row }) => ({ ...row, activity: activity ? activityView(activity) : null })),
    }),
  };
}
