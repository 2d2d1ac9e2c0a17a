import { eventNames, type CallResult, type EventName } from '#shared/contract/index';
import type { Transport } from './transport';

/** The browser host: POST /api/<method>, events over one shared EventSource. */
export function createHttpTransport(): Transport {
  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  const connect = () => {
    if (source) return;
    source = new EventSource('/api/events');
    for (const name of eventNames) {
      source.addEventListener(name, (event) => {
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
      return (await response.json()) as CallResult<unknown>;
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
