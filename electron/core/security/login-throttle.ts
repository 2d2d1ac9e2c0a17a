/**
 * Slows down repeated failed logins per username and per address: after a few free attempts each
 * further failure doubles the wait, up to a ceiling. On top of that, a hard lockout: once a key has
 * failed `lockoutAfter` times within `lockoutWindowMs`, every attempt on it is refused outright until
 * the window has passed, whatever the password (so a slow, patient guesser gets nowhere either).
 * A success clears the username's count. Counts live in memory: a restart forgets them, which only
 * ever helps the legitimate user who restarted the app after locking themselves out.
 */
export interface LoginThrottle {
  delayMs(keys: string[]): number;
  /** Milliseconds until the first of these keys is let through again, or 0 when none is locked out. */
  lockedForMs(keys: string[]): number;
  failed(keys: string[]): void;
  succeeded(keys: string[]): void;
}

export interface LoginThrottleOptions {
  freeAttempts?: number;
  baseMs?: number;
  maxMs?: number;
  /** Failures per key that trigger the lockout; addresses get `originLockoutAfter` (shared by many users). */
  lockoutAfter?: number;
  originLockoutAfter?: number;
  lockoutWindowMs?: number;
  now?: () => number;
}

export function createLoginThrottle(options: LoginThrottleOptions = {}): LoginThrottle {
  const free = options.freeAttempts ?? 3;
  const base = options.baseMs ?? 250;
  const max = options.maxMs ?? 8000;
  const lockoutAfter = options.lockoutAfter ?? 10;
  const originLockoutAfter = options.originLockoutAfter ?? 30;
  const windowMs = options.lockoutWindowMs ?? 15 * 60 * 1000;
  const now = options.now ?? Date.now;
  /** Times of recent failures per key, oldest first. */
  const failures = new Map<string, number[]>();

  const recent = (key: string): number[] => {
    const cutoff = now() - windowMs;
    const kept = (failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  const limitOf = (key: string) => (key.startsWith('origin:') ? originLockoutAfter : lockoutAfter);

  return {
    delayMs(keys) {
      const worst = Math.max(0, ...keys.map((k) => recent(k).length));
      return worst === 0 || worst < free ? 0 : Math.min(max, base * 2 ** (worst - free));
    },
    lockedForMs(keys) {
      let wait = 0;
      for (const key of keys) {
        const times = recent(key);
        const limit = limitOf(key);
        if (times.length < limit) continue;
        // Locked until the failure that reached the limit leaves the window.
        const until = (times[times.length - limit] as number) + windowMs;
        wait = Math.max(wait, until - now());
      }
      return wait;
    },
    failed(keys) {
      const at = now();
      for (const k of keys) failures.set(k, [...recent(k), at]);
    },
    succeeded(keys) {
      for (const k of keys) failures.delete(k);
    },
  };
}
