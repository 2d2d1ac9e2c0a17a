import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallResult } from '#shared/contract/errors';
import type { Core, CoreOptions } from '../core';
import { verifySecret } from '../security/password';
import type * as PasswordModule from '../security/password';
import { callContext, loggedInCore, validSetup } from '../testing/test-core';
import { createStaff, staffPassword } from '../testing/staff-fixtures';

/*
 * Issue 12, hole 2: a guess must be counted before its hash is checked, or a burst of parallel guesses
 * is evaluated in full before the first failure lands. The verifier stays the real scrypt one, wrapped
 * so the test can count the guesses that were really checked.
 */
vi.mock('../security/password', async (importOriginal) => {
  const real = await importOriginal<typeof PasswordModule>();
  return { ...real, verifySecret: vi.fn(real.verifySecret) };
});
const verified = () => vi.mocked(verifySecret).mock.calls.length;

let core: Core | undefined;
afterEach(() => core?.close());

const pin = '2468';
const freeAttempts = 5;

async function withReception(loginThrottle: CoreOptions['loginThrottle']) {
  const logged = await loggedInCore({ loginThrottle });
  core = logged.core;
  const id = await createStaff(logged.core, logged.ctx, { username: 'ieva', role: 'reception', pin });
  vi.mocked(verifySecret).mockClear();
  return { core: logged.core, id };
}

const codes = (results: CallResult<unknown>[]) => results.map((r) => (r.ok ? 'ok' : r.error.code));
const origins = (n: number, spread: boolean) => Array.from({ length: n }, (_, i) => (spread ? `10.0.0.${i + 1}` : '10.0.0.66'));
const burst = (c: Core, method: string, input: object, from: string[]) =>
  Promise.all(from.map((origin) => c.dispatch(method, input, { ...callContext(c), origin })));

describe('a burst of 100 parallel wrong PINs', () => {
  it.each([
    ['from one address', false],
    ['from 100 addresses', true],
  ])('%s: at most five are checked, then even the right PIN waits for a password login', async (_label, spread) => {
    // Spread over addresses the per-address slow-down never applies: the PIN's own limit must hold alone.
    const { core, id } = await withReception(spread ? { baseMs: 0 } : { freeAttempts, baseMs: 1000 });
    const results = await burst(core, 'auth.pinLogin', { staffId: id, pin: '0000' }, origins(100, spread));

    expect(verified()).toBeLessThanOrEqual(5);
    expect(codes(results).filter((c) => c === 'auth.wrongPin' || c === 'auth.pinDisabled').length).toBeGreaterThan(0);
    expect(codes(results)).not.toContain('ok');
    const failuresAudited = core.db.$client.prepare("SELECT count(*) FROM audit_log WHERE method = 'auth.pinLogin'").pluck().get();
    expect(failuresAudited).toBeLessThanOrEqual(5);

    // From the reception PC, untouched by the burst's address: the PIN is off, whatever is typed.
    const pc = { ...callContext(core), origin: 'ipc' };
    expect(await core.dispatch('auth.pinLogin', { staffId: id, pin }, pc)).toMatchObject({ ok: false, error: { code: 'auth.pinDisabled' } });
    expect(await core.dispatch('auth.tileLogin', { staffId: id, password: staffPassword }, pc)).toMatchObject({ ok: true });
    expect(await core.dispatch('auth.pinLogin', { staffId: id, pin }, { ...callContext(core), origin: 'ipc' })).toMatchObject({ ok: true });
  });
});

describe('a burst of 100 parallel wrong passwords', () => {
  it('from one address: only the free attempts are checked, the rest are told to wait', async () => {
    const { core } = await withReception({ freeAttempts, baseMs: 1000 });
    const results = await burst(core, 'auth.login', { username: 'ieva', password: 'nepareiza-parole' }, origins(100, false));

    expect(verified()).toBeLessThanOrEqual(freeAttempts);
    expect(codes(results).filter((c) => c === 'auth.wrongCredentials')).toHaveLength(verified());
    // Another address is not slowed down by this one's guesses.
    const other = { ...callContext(core), origin: '10.0.0.7' };
    expect(await core.dispatch('auth.login', { username: 'ieva', password: staffPassword }, other)).toMatchObject({ ok: true });
  });

  it('from 100 addresses: no more than the per-user limit is checked, then the account is locked', async () => {
    const { core } = await withReception({ baseMs: 0, userLockAfter: 10 });
    const results = await burst(core, 'auth.login', { username: 'ieva', password: 'nepareiza-parole' }, origins(100, true));

    expect(verified()).toBeLessThanOrEqual(10);
    expect(codes(results).filter((c) => c === 'auth.wrongCredentials')).toHaveLength(verified());
    const right = await core.dispatch('auth.login', { username: 'ieva', password: staffPassword }, { ...callContext(core), origin: 'ipc' });
    expect(right).toMatchObject({ ok: false, error: { kind: 'unauthenticated', code: 'auth.accountLocked' } });
    // Another user, here the administrator, is not affected.
    const admin = await core.dispatch('auth.login', { username: validSetup.admin.username, password: validSetup.admin.password }, callContext(core));
    expect(admin).toMatchObject({ ok: true });
  });
});
