import type { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import type { Core } from '../core';
import { sessionCookie } from './http-session';
import { errorResponse } from './error-response';

const keepAliveMs = 25_000;

/**
 * Server events as Server-Sent Events, for the holder of an unlocked session only, and only while it
 * stays so. Logout, lock and replacement end the stream at once (the store tells us); expiry, an idle
 * lock nobody has noticed yet and deactivation are caught before each event and each keep-alive, so no
 * event goes out after any of them. The browser's EventSource then reconnects and is refused.
 */
export function mountEventsRoute(app: Hono, core: Core): void {
  app.get('/api/events', (c) => {
    const token = getCookie(c, sessionCookie);
    // `inspect`, not a call: a reconnecting stream must not count as activity and hold off the idle lock.
    const session = core.sessions.inspect(token);
    if (!token || !session || session.locked) {
      return errorResponse(c, 'unauthenticated', session?.locked ? 'auth.locked' : 'kind.unauthenticated', {
        language: session?.staff.language,
      });
    }
    return streamSSE(c, async (stream) => {
      let stop = () => {};
      const stopped = new Promise<void>((resolve) => (stop = resolve));
      const alive = () => {
        if (core.sessions.resolve(token)) return true;
        stop();
        return false;
      };
      stream.onAbort(stop);
      const unwatch = core.sessions.watch(token, stop);
      const unsubscribe = core.events.subscribe((event, payload) => {
        if (alive()) void stream.writeSSE({ event, data: JSON.stringify(payload) });
      });
      const keepAlive = setInterval(() => {
        if (alive()) void stream.write(': keep-alive\n\n');
      }, keepAliveMs);
      await stream.writeSSE({ event: 'ready', data: '{}' });
      await stopped;
      clearInterval(keepAlive);
      unsubscribe();
      unwatch();
    });
  });
}
