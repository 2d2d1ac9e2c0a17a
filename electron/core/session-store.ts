import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '#db/client';
import { deleteSession, findSessionStaff, insertSession, type StaffRow } from '#db/queries/staff';

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Server-side sessions: the token goes to the client (cookie or IPC holder), only its hash is stored,
 * and expiry is decided here, never by the client.
 */
export interface SessionStore {
  begin(staffId: number): string;
  resolve(token: string | undefined): StaffRow | null;
  end(token: string | undefined): void;
}

export function createSessionStore(db: Db, now: () => Date): SessionStore {
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
      if (!token) return null;
      return findSessionStaff(db, hashToken(token), now().toISOString()) ?? null;
    },
    end(token) {
      if (token) deleteSession(db, hashToken(token));
    },
  };
}
