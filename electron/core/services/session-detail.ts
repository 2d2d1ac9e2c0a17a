import { findSessionView, listParticipants } from '#db/queries/sessions';
import type { Executor } from '#db/client';
import { notFound } from '../app-error';

/** A session with its participants, as every sessions.* method answers. */
export function sessionDetail(db: Executor, id: number) {
  const session = findSessionView(db, id);
  if (!session) throw notFound('sessions.notFound');
  return { session, participants: listParticipants(db, id) };
}
