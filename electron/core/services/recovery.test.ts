import { afterEach, describe, expect, it } from 'vitest';
import type { CallResult } from '#shared/contract/errors';
import { createCore, type Core } from '../core';
import { callContext, validSetup } from '../testing/test-core';
import { createStaff, loggedInAs, staffPassword } from '../testing/staff-fixtures';

/*
 * Issue 12, hole 3: whatever locks the administrator out, they can always get back in at the PC with the
 * one-time recovery code shown at set-up: it sets a new password, lifts the lock and is replaced.
 */

let core: Core | undefined;
afterEach(() => core?.close());

const codeFormat = /^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/;
const newPassword = 'jauna-parole-2027';
const { username, password } = validSetup.admin;
const adminLogin = { username, password };
const data = <T>(result: CallResult<unknown>) => {
  if (!result.ok) throw new Error(result.error.code);
  return result.data as T;
};

async function setUp(loginThrottle: object = { baseMs: 0, userLockAfter: 3 }) {
  core = createCore({ loginThrottle });
  const { recoveryCode } = data<{ recoveryCode: string }>(await core.dispatch('setup.initialise', validSetup, callContext(core)));
  return { core, recoveryCode };
}

const dbText = (c: Core) =>
  JSON.stringify([c.db.$client.prepare('SELECT * FROM staff').all(), c.db.$client.prepare('SELECT * FROM audit_log').all()]);

describe('the recovery code', () => {
  it('is shown once at set-up and only its hash is kept', async () => {
    const { core, recoveryCode } = await setUp();
    expect(recoveryCode).toMatch(codeFormat);
    expect(dbText(core)).not.toContain(recoveryCode);
    expect(dbText(core)).not.toContain(recoveryCode.replace(/-/g, ''));
  });

  it('lets a locked-out administrator set a new password, lifts the lock, and is replaced by a new code', async () => {
    const { core, recoveryCode } = await setUp();
    for (let i = 0; i < 3; i++) await core.dispatch('auth.login', { username, password: `nepareiza-${i}` }, { ...callContext(core), origin: '10.0.0.66' });
    const pc = callContext(core, 'lv');
    expect(await core.dispatch('auth.login', adminLogin, pc)).toMatchObject({ ok: false, error: { code: 'auth.accountLocked' } });

    const wrong = await core.dispatch('auth.recover', { username, recoveryCode: 'AAAAA-BBBBB-CCCCC-DDDDD', newPassword }, pc);
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'unauthenticated', code: 'auth.wrongRecoveryCode' } });

    // As typed from paper: lower case, spaces instead of dashes.
    const typed = recoveryCode.toLowerCase().replace(/-/g, ' ');
    const { recoveryCode: next } = data<{ recoveryCode: string }>(await core.dispatch('auth.recover', { username, recoveryCode: typed, newPassword }, pc));
    expect(next).toMatch(codeFormat);
    expect(next).not.toBe(recoveryCode);
    expect(dbText(core)).not.toContain(next);

    expect(await core.dispatch('auth.login', adminLogin, callContext(core))).toMatchObject({ ok: false, error: { code: 'auth.wrongCredentials' } });
    expect(await core.dispatch('auth.login', { username, password: newPassword }, pc)).toMatchObject({ ok: true });
    // Used once: the old code opens nothing any more; the new one does.
    expect(await core.dispatch('auth.recover', { username, recoveryCode, newPassword }, callContext(core))).toMatchObject({ ok: false, error: { code: 'auth.wrongRecoveryCode' } });
    expect(await core.dispatch('auth.recover', { username, recoveryCode: next, newPassword }, callContext(core))).toMatchObject({ ok: true });

    const trail = core.db.$client.prepare("SELECT staff_id AS staffId, changes FROM audit_log WHERE method = 'auth.recover' ORDER BY id").all() as { staffId: number; changes: string }[];
    expect(trail).toHaveLength(2);
    expect(trail[0]).toMatchObject({ staffId: 1 });
    expect(JSON.parse(trail[0]!.changes)).toMatchObject({ before: { loginLockedAt: expect.any(String) as unknown }, after: { loginLockedAt: null } });
    expect(trail.map((row) => row.changes).join()).not.toMatch(/scrypt|parole/);
  });

  it('ends the sessions opened with the old password', async () => {
    const { core, recoveryCode } = await setUp();
    const thief = callContext(core);
    await core.dispatch('auth.login', adminLogin, thief);
    expect(await core.dispatch('auth.me', {}, thief)).toMatchObject({ ok: true });
    await core.dispatch('auth.recover', { username, recoveryCode, newPassword }, callContext(core));
    expect(await core.dispatch('auth.me', {}, thief)).toMatchObject({ ok: false, error: { kind: 'unauthenticated' } });
  });

  it('opens nothing for a user who is not an administrator, nor for an unknown name, with the same answer', async () => {
    const { core, recoveryCode } = await setUp();
    const admin = callContext(core);
    await core.dispatch('auth.login', adminLogin, admin);
    await createStaff(core, admin, { username: 'ieva', role: 'manager' });
    for (const name of ['ieva', 'nav.tada']) {
      const result = await core.dispatch('auth.recover', { username: name, recoveryCode, newPassword }, callContext(core));
      expect(result).toMatchObject({ ok: false, error: { code: 'auth.wrongRecoveryCode' } });
    }
    // Nothing changed for either: the manager still signs in with the old password.
    expect(await loggedInAs(core, 'ieva')).toBeTruthy();
    expect(await core.dispatch('auth.login', { username: 'ieva', password: staffPassword }, callContext(core))).toMatchObject({ ok: true });
  });

  it('is throttled like a login: a burst of wrong codes from one address gets only the free attempts checked', async () => {
    const { core, recoveryCode } = await setUp({ freeAttempts: 5, baseMs: 1000 });
    const attacker = { ...callContext(core), origin: '10.0.0.66' };
    const burst = await Promise.all(
      Array.from({ length: 100 }, (_, i) => core.dispatch('auth.recover', { username, recoveryCode: `AAAAA-BBBBB-CCCCC-${String(i).padStart(5, '0')}`, newPassword }, attacker)),
    );
    const codes = burst.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'auth.wrongRecoveryCode')).toHaveLength(5);
    expect(codes.filter((c) => c === 'auth.waitSeconds')).toHaveLength(95);
    // The PC itself is not slowed down by that address.
    expect(await core.dispatch('auth.recover', { username, recoveryCode, newPassword }, callContext(core))).toMatchObject({ ok: true });
  });
});
