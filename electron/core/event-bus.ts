import type { EventName, EventPayload } from '#shared/contract/events';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** In-process fan-out of server events to the transports (SSE streams, Electron windows). */
export interface EventBus {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(name, payload) {
      for (const listener of listeners) {
        try {
          listener(name, payload);
        } catch {
          // One broken subscriber (a closed stream, say) must not stop the others.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
