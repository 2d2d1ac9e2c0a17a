import { eventNames, type CallResult, type EventName } from '#shared/contract/index';
import type { Transport } from './transport';

/** Calls that begin a session: the event stream of the session before (or none) is replaced at once. */
const sessionStarts: ReadonlySet<string> = new Set(['auth.login', 'auth.pinLogin', 'auth.tileLogin', 'auth.recover']);

/** The browser host: POST /api/<method>, events over one shared EventSource. */
export function createHttpTransport(): Transport {
  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  const connect = () => {
    if (source) return;
    const opened = new EventSource('/api/events');
    source = opened;
    // The server ends the stream when the session is locked or ends, and refuses it until someone signs
    // in; EventSource then gives up for good. Drop it, and reopen after the next call that succeeds.
    opened.addEventListener('error', () => {
      if (opened.readyState === EventSource.CLOSED && source === opened) source = null;
    });
    for (const name of eventNames) {
      opened.addEventListener(name, (event) => {
        const payload: unknown = JSON.parse((event as MessageEvent<string>).data);
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  };

  return {
    async invoke(method, input, language) {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-caredesk-language': language },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
      const result = (await response.json()) as CallResult<unknown>;
      if (result.ok && sessionStarts.has(method) && source) {
        // After a log-out EventSource waits its retry delay (3 s) before trying again: a check-in made in
        // that gap would never reach the lists that follow events. Open the new session's stream now.
        source.close();
        source = null;
      }
      if (result.ok && !source && listeners.size > 0) connect();
      return result;
    },
    on(event, listener) {
      connect();
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}
