import { deleteSessionsOf, findStaffById, findStaffByUsername, updateStaff } from '#db/queries/staff';
import { writeWithAudit } from '#db/write';
import { unauthenticated } from '../app-error';
import type { Handlers } from '../dispatcher';
import { hashSecret } from '../security/password';
import { newRecoveryCode, normaliseRecoveryCode } from '../security/recovery-code';
import { pinKey, reserveAttempt, userKey, verifyReserved } from './login-attempt';
import type { ServiceDeps } from './service-deps';

/** A new recovery code and the hash that is all the database keeps of it. */
export async function issueRecoveryCode(): Promise<{ code: string; hash: string }> {
  const code = newRecoveryCode();
  return { code, hash: await hashSecret(normaliseRecoveryCode(code)) };
}

/**
 * `auth.recover`: the administrator's own way back in, whatever locked them out (issue 12, hole 3). Not
 * held back by the per-user lock, since lifting it is the point; each address still waits between wrong
 * codes, and a code is 100 random bits, so guessing one is hopeless anyway.
 */
export function recoverHandlers(deps: ServiceDeps): Pick<Handlers, 'auth.recover'> {
  const { db, now, events, loginThrottle } = deps;
  return {
    'auth.recover': async ({ username, recoveryCode, newPassword }, call) => {
      const name = username.toLowerCase();
      const row = findStaffByUsername(db, name);
      const attempt = reserveAttempt(deps, `recover:${name}`, call, { userLimit: false });
      const stored = row?.active && row.role === 'administrator' ? row.recoveryCodeHash : null;
      const valid = await verifyReserved(attempt, normaliseRecoveryCode(recoveryCode), stored);
      if (!row || !stored || !valid) {
        attempt.failed();
        throw unauthenticated('auth.wrongRecoveryCode');
      }
      let next: Awaited<ReturnType<typeof issueRecoveryCode>>;
      try {
        const passwordHash = await hashSecret(newPassword);
        next = await issueRecoveryCode();
        writeWithAudit(
          db,
          { staffId: row.id, method: call.method },
          (tx, audit) => {
            const before = findStaffById(tx, row.id);
            // Checked again in the transaction: one code opens the door once, even to two racing calls.
            if (before?.recoveryCodeHash !== stored) throw unauthenticated('auth.wrongRecoveryCode');
            const after = updateStaff(tx, row.id, { passwordHash, recoveryCodeHash: next.hash, loginLockedAt: null, pinFailures: 0 });
            // Whoever held a session with the old password is out.
            deleteSessionsOf(tx, row.id);
            audit({ entity: 'staff', entityId: row.id, before, after });
          },
          now,
        );
      } catch (error) {
        attempt.failed();
        throw error;
      }
      attempt.succeeded();
      for (const key of [userKey(row.username), pinKey(row.id)]) loginThrottle.clear(key);
      events.emit('staff.changed', { staffId: row.id });
      return { recoveryCode: next.code };
    },
  };
}
