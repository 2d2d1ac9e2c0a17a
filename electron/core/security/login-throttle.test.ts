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
