import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Core } from '../core';
import { httpSession } from './http-session';
import { errorResponse } from './error-response';

const keepAliveMs = 25_000;

/** Server events as Server-Sent Events, for logged-in staff only. */
export function mountEventsRoute(app: Hono, core: Core): void {
  app.get('/api/events', (c) => {
    const session = httpSession(c, core.sessions);
    if (!session.staff) return errorResponse(c, 'unauthenticated', 'kind.unauthenticated');
    return streamSSE(c, async (stream) => {
      const unsubscribe = core.events.subscribe((event, payload) => {
        void stream.writeSSE({ event, data: JSON.stringify(payload) });
      });
      await stream.writeSSE({ event: 'ready', data: '{}' });
      while (!stream.aborted && !stream.closed) {
        await stream.sleep(keepAliveMs);
        if (!stream.aborted) await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
    });
  });
}
