import { describe, expect, it } from 'vitest';
import { createLoginThrottle, type LoginThrottleOptions, type Reservation } from './login-throttle';

function clocked(options: LoginThrottleOptions) {
  const clock = { t: 1_000_000 };
  return { clock, throttle: createLoginThrottle({ ...options, now: () => clock.t }) };
}
const fail = (r: Reservation) => r.ok && r.failed().userLocked;

describe('login throttle per user and address', () => {
  it('lets the free attempts through, then doubles the wait after each failure, up to the ceiling', () => {
    const { clock, throttle } = clocked({ freeAttempts: 2, baseMs: 100, maxMs: 350 });
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const early = throttle.reserve('user:anna', '10.0.0.9');
      waits.push(early.ok ? 0 : early.reason === 'slow' ? early.retryAfterMs : -1);
      if (!early.ok && early.reason === 'slow') clock.t += early.retryAfterMs;
      fail(early.ok ? early : throttle.reserve('user:anna', '10.0.0.9'));
    }
    expect(waits).toEqual([0, 0, 100, 200, 350, 350]);
  });

  it('counts an attempt when it starts, so parallel attempts beyond the free ones are refused unchecked', () => {
    const { throttle } = clocked({ freeAttempts: 5, baseMs: 1000 });
    const burst = Array.from({ length: 100 }, () => throttle.reserve('user:anna', '10.0.0.9'));
    expect(burst.filter((r) => r.ok)).toHaveLength(5);
    expect(burst.slice(5).every((r) => !r.ok && r.reason === 'slow')).toBe(true);
    expect(throttle.inFlight('user:anna')).toBe(5);
  });

  it('slows only the guessing address: another one, or the PC itself, tries the same user at once', () => {
    const { throttle } = clocked({ freeAttempts: 2, baseMs: 60_000 });
    for (let i = 0; i < 2; i++) fail(throttle.reserve('user:anna', '10.0.0.9'));
    expect(throttle.reserve('user:anna', '10.0.0.9')).toMatchObject({ ok: false, reason: 'slow' });
    expect(throttle.throttled('user:anna')).toBe(true);
    expect(throttle.reserve('user:anna', 'ipc').ok).toBe(true);
    expect(throttle.reserve('user:anna', '10.0.0.8').ok).toBe(true);
  });

  it('never slows an address that tries many names: each name is its own count', () => {
    const { throttle } = clocked({ freeAttempts: 2, baseMs: 60_000 });
    for (let i = 0; i < 40; i++) fail(throttle.reserve(`user:guess${i}`, '127.0.0.1'));
    expect(throttle.reserve('user:anna', '127.0.0.1').ok).toBe(true);
  });

  it('a success clears the user and that address, not the wait of another address', () => {
    const { clock, throttle } = clocked({ freeAttempts: 1, baseMs: 60_000, userLockAfter: 2 });
    fail(throttle.reserve('user:anna', '10.0.0.9'));
    const right = throttle.reserve('user:anna', 'ipc');
    if (right.ok) right.succeeded();
    expect(throttle.reserve('user:anna', 'ipc').ok).toBe(true);
    expect(throttle.reserve('user:anna', '10.0.0.9')).toMatchObject({ ok: false, reason: 'slow' });
    clock.t += 60_000;
    expect(throttle.reserve('user:anna', '10.0.0.9').ok).toBe(true);
  });
});

describe('login throttle per user', () => {
  it('refuses a user after N failures from any addresses, counting attempts still in flight', () => {
    const { throttle } = clocked({ baseMs: 0, userLockAfter: 3 });
    const inFlight = [1, 2, 3, 4].map((i) => throttle.reserve('user:anna', `10.0.0.${i}`));
    expect(inFlight.map((r) => r.ok)).toEqual([true, true, true, false]);
    expect(inFlight[3]).toEqual({ ok: false, reason: 'locked' });
    expect(inFlight.slice(0, 3).map(fail)).toEqual([false, false, true]);
    expect(throttle.reserve('user:anna', 'ipc')).toEqual({ ok: false, reason: 'locked' });
    expect(throttle.reserve('user:anna', 'ipc', { userLimit: false }).ok).toBe(true);
    expect(throttle.reserve('user:ieva', 'ipc').ok).toBe(true);
  });

  it('forgets everything about a user when told to, and idle counts after a day', () => {
    const { clock, throttle } = clocked({ baseMs: 0, userLockAfter: 1, forgetAfterMs: 1000 });
    fail(throttle.reserve('user:anna', 'ipc'));
    fail(throttle.reserve('user:ieva', 'ipc'));
    throttle.clear('user:anna');
    expect(throttle.reserve('user:anna', 'ipc').ok).toBe(true);
    clock.t += 1001;
    expect(throttle.reserve('user:ieva', 'ipc').ok).toBe(true);
  });

  it('keeps memory bounded when flooded with made-up names', () => {
    const { throttle } = clocked({ baseMs: 0, maxEntries: 50 });
    for (let i = 0; i < 1000; i++) fail(throttle.reserve(`user:x${i}`, '10.0.0.9'));
    const held = throttle.reserve('user:anna', 'ipc');
    expect(held.ok).toBe(true);
    for (let i = 0; i < 100; i++) fail(throttle.reserve(`user:y${i}`, '10.0.0.9'));
    // A counter in flight is never dropped to make room.
    expect(throttle.inFlight('user:anna')).toBe(1);
  });
});
