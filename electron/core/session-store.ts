import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '#db/client';
import type { SessionActivity } from './session-activity';
import { deleteSession, findSession, insertSession, setSessionLock, type StaffRow } from '#db/queries/staff';

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export interface ResolvedSession {
  staff: StaffRow;
  locked: boolean;
}

/**
 * Server-side sessions: the token goes to the client (cookie or IPC holder), only its hash is stored,
 * and expiry is decided here, never by the client.
 *
 * Locking (the shared reception PC): a locked session keeps its row and token but `resolve` no longer
 * yields its staff member, so every non-public method is refused. Only its owner can `resume` it, with
 * PIN or password; then the renderer, which kept its React state under the lock screen, carries on with
 * the half-filled form. Anyone else signing in on that PC replaces the session (`begin` ends the old
 * token), and the renderer starts fresh. The lock lives on the server so that a locked screen is locked
 * for the API too, not only for the eyes.
 */
export interface SessionStore {
  begin(staffId: number): string;
  /** The unlocked session's staff member, or null (no token, expired, deactivated user, or locked). */
  resolve(token: string | undefined): StaffRow | null;
  /** Like `resolve`, but also reports a locked session and whose it is. */
  inspect(token: string | undefined): ResolvedSession | null;
  /** `inspect` for a call that has arrived: the call counts as activity of an unlocked session. */
  arrive(token: string | undefined): ResolvedSession | null;
  lock(token: string | undefined): void;
  /** Unlocks the session if it belongs to `staffId`; false when there is none or it is someone else's. */
  resume(token: string | undefined, staffId: number): boolean;
  end(token: string | undefined): void;
  /** Calls `onGone` once when the session is locked (by hand or idle), ended or replaced. */
  watch(token: string, onGone: () => void): () => void;
}

/**
 * The idle lock lives here too, not only in the renderer's timer: a second tab or a script holding the
 * cookie would otherwise keep working. Only calls count as activity (`arrive`); asking whether a session
 * is alive (an event stream, a window's event fan-out) does not, so they cannot keep it awake. An idle
 * session is locked the moment anyone looks at it, even without a call.
 */
export function createSessionStore(db: Db, now: () => Date, activity: SessionActivity): SessionStore {
  const inspectHash = (hash: string): ResolvedSession | null => {
    const nowIso = now().toISOString();
    const row = findSession(db, hash, nowIso);
    if (!row) return null;
    if (row.lockedAt === null && activity.idle(hash, row.createdAt)) {
      setSessionLock(db, hash, nowIso);
      activity.gone(hash, false);
      return { staff: row.staff, locked: true };
    }
    return { staff: row.staff, locked: row.lockedAt !== null };
  };
  const inspect = (token: string | undefined) => (token ? inspectHash(hashToken(token)) : null);
  return {
    begin(staffId) {
      const token = randomBytes(32).toString('base64url');
      const created = now();
      const hash = hashToken(token);
      insertSession(db, {
        tokenHash: hash,
        staffId,
        createdAt: created.toISOString(),
        expiresAt: new Date(created.getTime() + sessionLifetimeMs).toISOString(),
      });
      activity.sweep(sessionLifetimeMs);
      activity.seen(hash);
      return token;
    },
    resolve(token) {
      const session = inspect(token);
      return session && !session.locked ? session.staff : null;
    },
    inspect,
    arrive(token) {
      if (!token) return null;
      const hash = hashToken(token);
      const session = inspectHash(hash);
      if (session && !session.locked) activity.seen(hash);
      return session;
    },
    lock(token) {
      if (!token) return;
      const hash = hashToken(token);
      setSessionLock(db, hash, now().toISOString());
      activity.gone(hash, false);
    },
    resume(token, staffId) {
      const session = inspect(token);
      if (!token || session?.staff.id !== staffId) return false;
      const hash = hashToken(token);
      setSessionLock(db, hash, null);
      activity.seen(hash);
      return true;
    },
    end(token) {
      if (!token) return;
      const hash = hashToken(token);
      deleteSession(db, hash);
      activity.gone(hash, true);
    },
    watch: (token, onGone) => activity.watch(hashToken(token), onGone),
  };
}
