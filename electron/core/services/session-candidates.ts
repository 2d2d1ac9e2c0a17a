import { activeClientNames } from '#db/queries/sessions';
import { dayQuery } from '#db/queries/attendance';
import type { Db } from '#db/client';
import { isoWeekday } from '#shared/domain/local-date';
import { dayRow } from './attendance-view';
import { sessionDetail } from './session-detail';

/**
 * Who can join a session: every active client, not only those on the day board. Someone may come to
 * the centre only for hydrotherapy or an event, and a session may be planned for a weekend or a
 * holiday, when the board expects nobody. The day's expected clients come first (they are in the
 * house anyway); clients marked absent that day are left out, and so are those already taking part.
 */
export function sessionCandidates(db: Db, sessionId: number) {
  const { session, participants } = sessionDetail(db, sessionId);
  const taken = new Set(participants.map((p) => p.clientId));
  const day = dayQuery(db, session.date, isoWeekday(session.date)).map(dayRow);
  const absent = new Set(day.filter((r) => r.status === 'absent').map((r) => r.clientId));
  const expected = new Set(day.map((r) => r.clientId));
  const clients = activeClientNames(db)
    .filter((c) => !taken.has(c.clientId) && !absent.has(c.clientId))
    .map((c) => ({ ...c, expected: expected.has(c.clientId) }));
  // Expected first; the renderer orders names by the reader's language within each group.
  clients.sort((a, b) => Number(b.expected) - Number(a.expected));
  return { clients };
}
