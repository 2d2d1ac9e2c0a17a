import type { SessionStore } from './session-store';

/**
 * The session store the transports hold for the core's whole life, passing each call to the store of
 * the database open now. A restore opens another database (with no sessions in it): `endAll` then
 * tells every watcher (the live event streams) that its session is gone.
 */
export function swappableSessions(current: () => SessionStore): SessionStore & { endAll(): void } {
  const watchers = new Set<() => void>();
  return {
    begin: (staffId) => current().begin(staffId),
    resolve: (token) => current().resolve(token),
    inspect: (token) => current().inspect(token),
    arrive: (token) => current().arrive(token),
    lock: (token) => current().lock(token),
    resume: (token, staffId) => current().resume(token, staffId),
    end: (token) => current().end(token),
    watch(token, onGone) {
      let done = false;
      const gone = () => {
        if (done) return;
        done = true;
        unwatch();
        onGone();
      };
      const inner = current().watch(token, gone);
      const unwatch = () => {
        watchers.delete(gone);
        inner();
      };
      watchers.add(gone);
      return unwatch;
    },
    endAll() {
      for (const gone of [...watchers]) gone();
    },
  };
}
