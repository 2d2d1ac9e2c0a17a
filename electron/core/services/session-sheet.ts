import { findActivity } from '#db/queries/activities';
import { getCentre } from '#db/queries/centre';
import { findSessionRow, listParticipants } from '#db/queries/sessions';
import { activityNameIn } from '#shared/domain/activity-name';
import { sortClients } from '#shared/domain/attendance-sheet';
import { notFound, unauthenticated } from '../app-error';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';

type SessionSheetHandlers = Pick<Handlers, 'sheets.sessionParticipants'>;

/** The participant list of one session, in the print language, for the print preview. */
export function sessionSheetHandlers({ db, now }: ServiceDeps): SessionSheetHandlers {
  return {
    'sheets.sessionParticipants': ({ sessionId, language }, call) =>
      // One read transaction: the header, the rows and their counts come from the same snapshot.
      db.transaction(
        (tx) => {
          const session = findSessionRow(tx, sessionId);
          if (!session) throw notFound('sessions.notFound');
          const centre = getCentre(tx);
          if (!centre) throw unauthenticated();
          const activity = session.activityId === null ? undefined : findActivity(tx, session.activityId);
          const participants = sortClients(
            listParticipants(tx, sessionId).map((p) => ({ ...p, id: p.clientId })),
            centre.country,
          ).map((p) => ({ clientId: p.clientId, name: `${p.lastName} ${p.firstName}`, status: p.status }));
          return {
            centre: { name: centre.name, country: centre.country },
            language,
            generatedAt: now().toISOString(),
            preparedBy: call.actor().fullName,
            session: {
              id: session.id,
              kind: session.kind,
              activity: activity ? activityNameIn(activity, language) : null,
              date: session.date,
              startTime: session.startTime,
              endTime: session.endTime,
              room: session.room,
              leader: session.leader,
            },
            participants,
            totals: {
              participants: participants.length,
              present: participants.filter((p) => p.status === 'present').length,
              absent: participants.filter((p) => p.status === 'absent').length,
            },
          };
        },
        { behavior: 'deferred' },
      ),
  };
}
