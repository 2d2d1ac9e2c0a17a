/**
 * Slows down repeated failed logins per username and per address: after a few free attempts each
 * further failure doubles the wait, up to a ceiling. A success clears the username's count.
 */
export interface LoginThrottle {
  delayMs(keys: string[]): number;
  failed(keys: string[]): void;
  succeeded(keys: string[]): void;
}

export function createLoginThrottle(options: { freeAttempts?: number; baseMs?: number; maxMs?: number } = {}): LoginThrottle {
  const free = options.freeAttempts ?? 3;
  const base = options.baseMs ?? 250;
  const max = options.maxMs ?? 8000;
  const failures = new Map<string, number>();
  return {
    delayMs(keys) {
      const worst = Math.max(0, ...keys.map((k) => failures.get(k) ?? 0));
      return worst === 0 || worst < free ? 0 : Math.min(max, base * 2 ** (worst - free));
    },
    failed(keys) {
      for (const k of keys) failures.set(k, (failures.get(k) ?? 0) + 1);
    },
    succeeded(keys) {
      for (const k of keys) failures.delete(k);
    },
  };
}
