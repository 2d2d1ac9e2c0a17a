import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from './login-throttle';

describe('login throttle', () => {
  it('lets the first attempts through, then doubles the wait up to the ceiling', () => {
    const throttle = createLoginThrottle({ freeAttempts: 2, baseMs: 100, maxMs: 350 });
    const keys = ['user:anna', 'origin:127.0.0.1'];
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      delays.push(throttle.delayMs(keys));
      throttle.failed(keys);
    }
    expect(delays).toEqual([0, 0, 100, 200, 350, 350]);
  });

  it('slows an address that tries many usernames', () => {
    const throttle = createLoginThrottle({ freeAttempts: 2, baseMs: 100 });
    for (const name of ['a', 'b', 'c']) throttle.failed([`user:${name}`, 'origin:10.0.0.9']);
    expect(throttle.delayMs(['user:d', 'origin:10.0.0.9'])).toBe(200);
    expect(throttle.delayMs(['user:d', 'origin:10.0.0.8'])).toBe(0);
  });

  it('forgets a username after a successful login', () => {
    const throttle = createLoginThrottle({ freeAttempts: 0, baseMs: 100 });
    throttle.failed(['user:anna']);
    throttle.succeeded(['user:anna']);
    expect(throttle.delayMs(['user:anna'])).toBe(0);
  });
});

describe('login lockout', () => {
  it('refuses a username outright after N failures, until the window has passed', () => {
    let clock = 1_000_000;
    const throttle = createLoginThrottle({ baseMs: 0, lockoutAfter: 3, lockoutWindowMs: 60_000, now: () => clock });
    const keys = ['user:anna', 'origin:10.0.0.1'];
    for (let i = 0; i < 2; i++) throttle.failed(keys);
    expect(throttle.lockedForMs(keys)).toBe(0);
    throttle.failed(keys);
    expect(throttle.lockedForMs(keys)).toBe(60_000);
    clock += 59_000;
    expect(throttle.lockedForMs(keys)).toBe(1_000);
    clock += 1_000;
    expect(throttle.lockedForMs(keys)).toBe(0);
  });

  it('locks an address that guesses across many usernames, with its own higher limit', () => {
    const clock = 5_000;
    const throttle = createLoginThrottle({ baseMs: 0, lockoutAfter: 3, originLockoutAfter: 5, now: () => clock });
    for (const name of ['a', 'b', 'c', 'd', 'e']) throttle.failed([`user:${name}`, 'origin:10.0.0.9']);
    expect(throttle.lockedForMs(['user:f', 'origin:10.0.0.9'])).toBeGreaterThan(0);
    expect(throttle.lockedForMs(['user:f', 'origin:10.0.0.8'])).toBe(0);
  });
});
