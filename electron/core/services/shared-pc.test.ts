import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { callContext, loggedInCore } from '../testing/test-core';
import { createStaff, staffPassword } from '../testing/staff-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

async function withReception(loginThrottle: object = { baseMs: 0 }) {
  const logged = await loggedInCore({ loginThrottle });
  core = logged.core;
  const id = await createStaff(logged.core, logged.ctx, { username: 'ieva', role: 'reception', fullName: 'Ieva Kalniņa', pin: '2468' });
  return { core: logged.core, admin: logged.ctx, id };
}

describe('the shared reception PC', () => {
  it('shows tiles with names and whether a PIN works, nothing more', async () => {
    const { core } = await withReception();
    const tiles = await core.dispatch('auth.tiles', {}, callContext(core));
    expect(tiles).toEqual({
      ok: true,
      data: { tiles: [{ id: 1, fullName: 'Anna Bērziņa', pinUsable: false }, { id: 2, fullName: 'Ieva Kalniņa', pinUsable: true }] },
    });
  });

  it('signs in with the PIN of a tile, in the user’s own language', async () => {
    const { core, id } = await withReception();
    const ctx = callContext(core);
    expect(await core.dispatch('auth.pinLogin', { staffId: id, pin: '2468' }, ctx)).toMatchObject({ ok: true, data: { staff: { id, role: 'reception' }, resumed: false } });
    expect(await core.dispatch('auth.me', {}, ctx)).toMatchObject({ ok: true, data: { staff: { fullName: 'Ieva Kalniņa', language: 'lv' }, settings: { idleLockMinutes: 5 } } });
    expect(await core.dispatch('auth.pinLogin', { staffId: id, pin: '24681' }, callContext(core))).toMatchObject({ ok: false, error: { code: 'auth.wrongPin' } });
  });

  it('disables the PIN after five wrong ones in a row, until a password login', async () => {
    const { core, id } = await withReception();
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await core.dispatch('auth.pinLogin', { staffId: id, pin: '0000' }, callContext(core, 'lv'));
      codes.push(result.ok ? 'ok' : result.error.code);
    }
    expect(codes).toEqual(['auth.wrongPin', 'auth.wrongPin', 'auth.wrongPin', 'auth.wrongPin', 'auth.pinDisabled']);
    const right = await core.dispatch('auth.pinLogin', { staffId: id, pin: '2468' }, callContext(core, 'lv'));
    expect(right).toMatchObject({ ok: false, error: { code: 'auth.pinDisabled', message: expect.stringMatching(/paroli/) as unknown } });
    const tiles = await core.dispatch('auth.tiles', {}, callContext(core));
    expect(tiles.ok && (tiles.data as { tiles: { pinUsable: boolean }[] }).tiles[1]?.pinUsable).toBe(false);

    // The counter is audited without any secret, and without an actor: nobody was logged in.
    const audit = core.db.$client.prepare("SELECT staff_id, changes FROM audit_log WHERE method = 'auth.pinLogin'").all() as { staff_id: null; changes: string }[];
    expect(audit).toHaveLength(5);
    expect(audit[4]).toEqual({ staff_id: null, changes: JSON.stringify({ before: { failedAttempts: 4 }, after: { failedAttempts: 5 } }) });

    expect(await core.dispatch('auth.tileLogin', { staffId: id, password: staffPassword }, callContext(core))).toMatchObject({ ok: true });
    expect(await core.dispatch('auth.pinLogin', { staffId: id, pin: '2468' }, callContext(core))).toMatchObject({ ok: true });
  });

  it('a correct PIN resets the count of wrong ones', async () => {
    const { core, id } = await withReception();
    for (let i = 0; i < 4; i++) await core.dispatch('auth.pinLogin', { staffId: id, pin: '9999' }, callContext(core));
    expect(await core.dispatch('auth.pinLogin', { staffId: id, pin: '2468' }, callContext(core))).toMatchObject({ ok: true });
    expect(await core.dispatch('auth.pinLogin', { staffId: id, pin: '9999' }, callContext(core))).toMatchObject({ ok: false, error: { code: 'auth.wrongPin' } });
  });

  it('locks a session: its owner resumes it (same session), anyone else replaces it', async () => {
    const { core, id } = await withReception();
    const pc = callContext(core);
    await core.dispatch('auth.pinLogin', { staffId: id, pin: '2468' }, pc);
    const token = pc.session.token;
    expect(await core.dispatch('auth.lock', {}, pc)).toEqual({ ok: true, data: {} });
    expect(await core.dispatch('auth.me', {}, pc)).toMatchObject({ ok: false, error: { kind: 'unauthenticated', code: 'auth.locked' } });

    expect(await core.dispatch('auth.pinLogin', { staffId: id, pin: '2468' }, pc)).toMatchObject({ ok: true, data: { resumed: true } });
    expect(pc.session.token).toBe(token);
    expect(await core.dispatch('auth.me', {}, pc)).toMatchObject({ ok: true });

    await core.dispatch('auth.lock', {}, pc);
    expect(await core.dispatch('auth.login', { username: 'anna.admin', password: 'pareiza-parole-1' }, pc)).toMatchObject({ ok: true, data: { resumed: false } });
    expect(pc.session.token).not.toBe(token);
    // The locked session of the first user is gone, not left behind.
    expect(core.db.$client.prepare('SELECT count(*) FROM staff_session WHERE staff_id = ?').pluck().get(id)).toBe(0);
  });
});
