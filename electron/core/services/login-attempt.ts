import { findStaffById, updateStaff, type StaffRow } from '#db/queries/staff';
import { writeWithAudit } from '#db/write';
import { unauthenticated } from '../app-error';
import type { HandlerCall } from '../call-context';
import type { LoginThrottle } from '../security/login-throttle';
import { dummyHash, verifySecret } from '../security/password';
import type { ServiceDeps } from './service-deps';

/** Throttle keys: one per person for passwords (both login doors share it), one per PIN. */
export const userKey = (username: string) => `user:${username}`;
export const pinKey = (staffId: number) => `pin:${staffId}`;

export const isThrottled = (throttle: LoginThrottle, row: StaffRow) => throttle.throttled(userKey(row.username)) || throttle.throttled(pinKey(row.id));

type Attempt = Extract<ReturnType<LoginThrottle['reserve']>, { ok: true }>;

/** Counts an attempt before anything is checked, or throws what the caller is told instead. */
export function reserveAttempt(
  { loginThrottle }: ServiceDeps,
  user: string,
  call: HandlerCall,
  options: { userLimit?: boolean; lockedCode?: string } = {},
): Attempt {
  const attempt = loginThrottle.reserve(user, call.origin, options);
  if (attempt.ok) return attempt;
  if (attempt.reason === 'locked') throw unauthenticated(options.lockedCode ?? 'auth.accountLocked');
  const seconds = Math.ceil(attempt.retryAfterMs / 1000);
  throw seconds < 60 ? unauthenticated('auth.waitSeconds', { count: seconds }) : unauthenticated('auth.tooManyAttempts', { count: Math.ceil(seconds / 60) });
}

/** Checks a secret for a reserved attempt; a check that throws counts as a failure, never as nothing. */
export async function verifyReserved(attempt: Attempt, secret: string, stored: string | null | undefined): Promise<boolean> {
  try {
    return await verifySecret(secret, stored ?? (await dummyHash));
  } catch (error) {
    attempt.failed();
    throw error;
  }
}

/** Records the per-user lock; the trail shows when, and the staff page offers to lift it. */
export function lockLogin({ db, now, events }: ServiceDeps, staffId: number, method: string): void {
  const current = findStaffById(db, staffId);
  if (!current || current.loginLockedAt) return;
  writeWithAudit(
    db,
    { staffId: null, method },
    (tx, audit) => {
      const after = updateStaff(tx, staffId, { loginLockedAt: now().toISOString() });
      audit({ entity: 'staff', entityId: staffId, before: { loginLockedAt: null }, after: { loginLockedAt: after.loginLockedAt } });
    },
    now,
  );
  events.emit('staff.changed', { staffId });
}

/**
 * A password login of `row` (undefined: no such user, checked against a dummy hash so that timing does
 * not tell). The attempt is counted before the hash, per user and per address; a locked account is
 * refused before that. Returns the staff row as it is after the check.
 */
export async function checkPassword(deps: ServiceDeps, row: StaffRow | undefined, user: string, password: string, call: HandlerCall, wrongCode: string): Promise<StaffRow> {
  if (row?.loginLockedAt) throw unauthenticated('auth.accountLocked');
  const attempt = reserveAttempt(deps, user, call);
  const valid = await verifyReserved(attempt, password, row?.passwordHash);
  const fresh = row && findStaffById(deps.db, row.id);
  if (fresh?.active && !fresh.loginLockedAt && valid) {
    attempt.succeeded();
    return fresh;
  }
  if (attempt.failed().userLocked && fresh) lockLogin(deps, fresh.id, call.method);
  throw unauthenticated(fresh?.loginLockedAt ? 'auth.accountLocked' : wrongCode);
}
