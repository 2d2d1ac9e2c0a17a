import type { Db } from '#db/client';
import { getCentre } from '#db/queries/centre';
import type { EventBus } from './event-bus';

/**
 * What the session store keeps in memory per session (by token hash): when it last served a call, and
 * who must hear when it stops being usable. Last activity changes on every call, so it never goes to
 * the database; only the lock it leads to does.
 */
export interface SessionActivity {
  /** A call was served on this session now. */
  seen(hash: string): void;
  /** True when the session has gone longer than the idle time without a call. */
  idle(hash: string, createdAt: string): boolean;
  /** Calls `onGone` once, when the session is locked, ended or replaced. */
  watch(hash: string, onGone: () => void): () => void;
  /** The session is locked or ended: tell its watchers; `forget` also drops its last activity. */
  gone(hash: string, forget: boolean): void;
  /** Drops what is known of sessions unseen for `ms` (expired ones nobody ended: a closed browser). */
  sweep(ms: number): void;
}

export function createSessionActivity(now: () => Date, idleMs: () => number): SessionActivity {
  const lastSeen = new Map<string, number>();
  const watchers = new Map<string, Set<() => void>>();
  return {
    seen(hash) {
      lastSeen.set(hash, now().getTime());
    },
    idle(hash, createdAt) {
      // Unknown after a restart: count from the sign-in, so a restart never extends an idle session.
      const last = lastSeen.get(hash) ?? Date.parse(createdAt);
      return now().getTime() - last > idleMs();
    },
    watch(hash, onGone) {
      const set = watchers.get(hash) ?? new Set();
      set.add(onGone);
      watchers.set(hash, set);
      return () => {
        set.delete(onGone);
        if (set.size === 0 && watchers.get(hash) === set) watchers.delete(hash);
      };
    },
    gone(hash, forget) {
      if (forget) lastSeen.delete(hash);
      const set = watchers.get(hash);
      watchers.delete(hash);
      for (const onGone of set ?? []) onGone();
    },
    sweep(ms) {
      const before = now().getTime() - ms;
      for (const [hash, last] of lastSeen) if (last < before) lastSeen.delete(hash);
    },
  };
}

/**
 * The centre's idle time in milliseconds, read once and again after each `settings.changed`, not on
 * every call. Before set-up there is no centre and no session: the schema's default stands in.
 */
export function idleLockSetting(db: Db, events: EventBus): () => number {
  let cached: number | undefined;
  events.subscribe((name) => {
    if (name === 'settings.changed') cached = undefined;
  });
  return () => (cached ??= (getCentre(db)?.idleLockMinutes ?? 5) * 60_000);
}
