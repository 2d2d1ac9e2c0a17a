import { writeWithAudit, type RecordAudit } from '#db/write';
import type { Db, Executor } from '#db/client';
import type { HandlerCall } from '../call-context';

/** `writeWithAudit` as the caller of a handler: the actor and method come from the call. */
export function audited(db: Db, now: () => Date, call: HandlerCall) {
  return <T>(change: (tx: Executor, audit: RecordAudit) => T): T =>
    writeWithAudit(db, { staffId: call.actor().id, method: call.method }, change, now);
}
