/**
 * The login throttle (issue 12, holes 2 and 3). Two counters, both taken *before* a secret is checked,
 * so a burst of parallel guesses is counted as it arrives rather than after the slow hashes finish:
 *
 * - per user and address: after `freeAttempts` failures each further attempt must wait twice as long
 *   as the one before (up to `maxMs`); earlier ones are refused without being checked. Only that
 *   address is slowed down for that user: the reception PC, or another address, is not.
 * - per user: after `userLockAfter` failures from anywhere (a guesser with many addresses) the user is
 *   locked; the caller persists that lock, which only an administrator or the recovery code lifts.
 *
 * Counts live in memory and are forgotten after `forgetAfterMs` without attempts. A success clears the
 * user's counts; attempts still in flight keep theirs.
 */
export interface LoginThrottleOptions {
  freeAttempts?: number;
  baseMs?: number;
  maxMs?: number;
  userLockAfter?: number;
  forgetAfterMs?: number;
  /** Counters kept at most; idle ones are forgotten first when there are more (a flood of made-up names). */
  maxEntries?: number;
  now?: () => number;
}

export const defaultLoginPolicy = {
  freeAttempts: 5,
  baseMs: 1000,
  maxMs: 15 * 60 * 1000,
  userLockAfter: 50,
  forgetAfterMs: 24 * 60 * 60 * 1000,
  maxEntries: 10_000,
} as const;

export type Reservation =
  | { ok: true; /** Records the failure; `userLocked` once the user reached the per-user limit. */ failed(): { userLocked: boolean }; succeeded(): void }
  | { ok: false; reason: 'slow'; retryAfterMs: number }
  | { ok: false; reason: 'locked' };

export interface LoginThrottle {
  /** Counts one attempt of `user` from `origin`, or refuses it; `userLimit: false` skips the per-user lock. */
  reserve(user: string, origin: string, options?: { userLimit?: boolean }): Reservation;
  /** Attempts of `user` being checked right now (counted, not yet failed or succeeded). */
  inFlight(user: string): number;
  /** True while some address must wait before trying `user` again. */
  throttled(user: string): boolean;
  /** Forgets everything about `user` (an administrator lifted the lock, or the recovery code was used). */
  clear(user: string): void;
}

interface Counter {
  failures: number;
  inFlight: number;
  blockedUntil: number;
  lastAt: number;
}

export function createLoginThrottle(options: LoginThrottleOptions = {}): LoginThrottle {
  const policy = { ...defaultLoginPolicy, ...options };
  const now = options.now ?? Date.now;
  const pairs = new Map<string, Counter>();
  const users = new Map<string, Counter>();
  // A newline cannot occur in a username or an address, so pair keys never collide.
  const pairKey = (user: string, origin: string) => `${user}\n${origin}`;
  const delay = (failures: number) =>
    failures < policy.freeAttempts ? 0 : Math.min(policy.maxMs, policy.baseMs * 2 ** (failures - policy.freeAttempts));

  const counter = (map: Map<string, Counter>, key: string, t: number): Counter => {
    let entry = map.get(key);
    if (entry && entry.inFlight === 0 && t - entry.lastAt > policy.forgetAfterMs) entry = undefined;
    if (!entry) {
      if (map.size >= policy.maxEntries) prune(map, t);
      entry = { failures: 0, inFlight: 0, blockedUntil: 0, lastAt: t };
      map.set(key, entry);
    }
    return entry;
  };
  /** Drops idle counters, oldest first, until there is room; counters in flight always stay. */
  const prune = (map: Map<string, Counter>, t: number) => {
    for (const [key, entry] of map) if (entry.inFlight === 0 && t - entry.lastAt > policy.forgetAfterMs) map.delete(key);
    for (const [key, entry] of map) {
      if (map.size < policy.maxEntries) break;
      if (entry.inFlight === 0) map.delete(key);
    }
  };

  return {
    reserve(user, origin, { userLimit = true } = {}) {
      const t = now();
      const pair = counter(pairs, pairKey(user, origin), t);
      const total = counter(users, user, t);
      if (userLimit && total.failures + total.inFlight >= policy.userLockAfter) return { ok: false, reason: 'locked' };
      if (t < pair.blockedUntil) return { ok: false, reason: 'slow', retryAfterMs: pair.blockedUntil - t };
      // Counted as if it will fail: the next attempt waits for it, whatever its hash says.
      for (const c of [pair, total]) {
        c.inFlight += 1;
        c.lastAt = t;
      }
      pair.blockedUntil = t + delay(pair.failures + pair.inFlight);
      total.blockedUntil = Math.max(total.blockedUntil, pair.blockedUntil);
      let settled = false;
      const settle = () => {
        if (settled) throw new Error('a login attempt settled twice');
        settled = true;
        pair.inFlight -= 1;
        total.inFlight -= 1;
      };
      return {
        ok: true,
        failed() {
          settle();
          const at = now();
          pair.failures += 1;
          total.failures += 1;
          // From the failure, not the start: the slow hash does not shorten the wait.
          pair.blockedUntil = Math.max(pair.blockedUntil, at + delay(pair.failures));
          total.blockedUntil = Math.max(total.blockedUntil, pair.blockedUntil);
          return { userLocked: userLimit && total.failures >= policy.userLockAfter };
        },
        succeeded() {
          settle();
          // Other addresses keep their wait: one right password elsewhere must not free a guesser.
          pair.failures = 0;
          pair.blockedUntil = 0;
          total.failures = 0;
        },
      };
    },
    inFlight: (user) => users.get(user)?.inFlight ?? 0,
    throttled: (user) => (users.get(user)?.blockedUntil ?? 0) > now(),
    clear(user) {
      users.delete(user);
      for (const key of pairs.keys()) if (key.startsWith(`${user}\n`)) pairs.delete(key);
    },
  };
}
