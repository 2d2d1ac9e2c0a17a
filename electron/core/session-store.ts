import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '#db/client';
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
  lock(token: string | undefined): void;
  /** Unlocks the session if it belongs to `staffId`; false when there is none or it is someone else's. */
  resume(token: string | undefined, staffId: number): boolean;
  end(token: string | undefined): void;
}

export function createSessionStore(db: Db, now: () => Date): SessionStore {
  const inspect = (token: string | undefined): ResolvedSession | null => {
    if (!token) return null;
    const row = findSession(db, hashToken(token), now().toISOString());
    return row ? { staff: row.staff, locked: row.lockedAt !== null } : null;
  };
  return {
    begin(staffId) {
      const token = randomBytes(32).toString('base64url');
      const created = now();
      insertSession(db, {
        tokenHash: hashToken(token),
        staffId,
        createdAt: created.toISOString(),
        expiresAt: new Date(created.getTime() + sessionLifetimeMs).toISOString(),
      });
      return token;
    },
    resolve(token) {
      const session = inspect(token);
      return session && !session.locked ? session.staff : null;
    },
    inspect,
    lock(token) {
      if (token) setSessionLock(db, hashToken(token), now().toISOString());
    },
    resume(token, staffId) {
      const session = inspect(token);
      if (!token || session?.staff.id !== staffId) return false;
      setSessionLock(db, hashToken(token), null);
      return true;
    },
    end(token) {
      if (token) deleteSession(db, hashToken(token));
    },
  };
}
