import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { loggedInCore } from '../testing/test-core';
import { createStaff } from '../testing/staff-fixtures';

const minute = 60_000;
let core: Core | undefined;
afterEach(() => core?.close());

/** A logged-in admin on a core whose clock the test moves by hand. */
async function withClock() {
  let time = Date.parse('2026-11-23T08:00:00Z');
  const logged = await loggedInCore({ now: () => new Date(time), loginThrottle: { baseMs: 0 } });
  core = logged.core;
  return { ...logged, wait: (ms: number) => (time += ms) };
}

const lockedAt = (core: Core) => core.db.$client.prepare('SELECT locked_at FROM staff_session').pluck().all();

describe('the idle lock on the server', () => {
  it('locks a session idle for longer than the setting, for that call and every later one, until its owner signs in again', async () => {
    const { core, ctx, wait } = await withClock();
    wait(4 * minute);
    expect(await core.dispatch('auth.me', {}, ctx)).toMatchObject({ ok: true });
    wait(4 * minute); // 8 minutes since login, but only 4 since the last call
    expect(await core.dispatch('clients.search', { query: '' }, ctx)).toMatchObject({ ok: true });

    wait(5 * minute + 1000);
    const locked = { ok: false, error: { kind: 'unauthenticated', code: 'auth.locked' } };
    expect(await core.dispatch('auth.me', {}, ctx)).toMatchObject(locked);
    expect(lockedAt(core)).toEqual([new Date(Date.parse('2026-11-23T08:13:01Z')).toISOString()]);
    expect(await core.dispatch('clients.search', { query: '' }, ctx)).toMatchObject(locked);

    // The owner resumes the same session, and the idle time starts again from there.
    const token = ctx.session.token;
    expect(await core.dispatch('auth.login', { username: 'anna.admin', password: 'pareiza-parole-1' }, ctx)).toMatchObject({ ok: true, data: { resumed: true } });
    expect(ctx.session.token).toBe(token);
    expect(await core.dispatch('auth.me', {}, ctx)).toMatchObject({ ok: true });
    expect(lockedAt(core)).toEqual([null]);
  });

  it('follows the idle time set in Settings', async () => {
    const { core, ctx, wait } = await withClock();
    expect(await core.dispatch('settings.update', { idleLockMinutes: 2, mealKinds: ['lunch'] }, ctx)).toMatchObject({ ok: true });
    wait(2 * minute + 1);
    expect(await core.dispatch('auth.me', {}, ctx)).toMatchObject({ ok: false, error: { code: 'auth.locked' } });
  });

  it('a colleague’s PIN on the idle-locked PC replaces the session', async () => {
    const { core, ctx, wait } = await withClock();
    const ieva = await createStaff(core, ctx, { username: 'ieva', role: 'reception', pin: '2468' });
    wait(6 * minute);
    expect(await core.dispatch('auth.pinLogin', { staffId: ieva, pin: '2468' }, ctx)).toMatchObject({ ok: true, data: { resumed: false } });
    expect(await core.dispatch('auth.me', {}, ctx)).toMatchObject({ ok: true, data: { staff: { id: ieva } } });
  });

  it('counts calls only: an event stream or window asking whether its session is alive keeps nothing awake', async () => {
    const { core, ctx, wait } = await withClock();
    wait(4 * minute);
    expect(core.sessions.resolve(ctx.session.token)).not.toBeNull();
    wait(1 * minute + 1);
    expect(core.sessions.resolve(ctx.session.token)).toBeNull();
    expect(core.sessions.inspect(ctx.session.token)).toMatchObject({ locked: true });
  });

  it('keeps the last activity in memory: calls on an unlocked session write nothing', async () => {
    const { core, ctx, wait } = await withClock();
    const changes = () => core.db.$client.prepare('SELECT total_changes()').pluck().get() as number;
    const before = changes();
    for (let i = 0; i < 20; i++) {
      wait(minute);
      expect(await core.dispatch('auth.me', {}, ctx)).toMatchObject({ ok: true });
    }
    expect(changes()).toBe(before);
  });
});
