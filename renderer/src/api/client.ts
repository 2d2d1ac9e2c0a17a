import type { CallResult, EventName, EventPayload, MethodInput, MethodName, MethodOutput, WireError } from '#shared/contract/index';
import { bridgeKey, type CareDeskBridge } from '#shared/contract/bridge';
import type { UiLanguage } from '#shared/contract/common';
import type { RecoveryInput, RecoveryMethodName, RecoveryOutput } from '#shared/contract/recovery';
import { createHttpTransport } from './transport.http';
import { createIpcTransport } from './transport.ipc';
import type { Transport } from './transport';

/** A failed call as the UI sees it: the wire error, throwable so TanStack Query can hold it. */
export class ApiError extends Error {
  constructor(readonly error: WireError) {
    super(error.message);
    this.name = 'ApiError';
  }
}

const networkError: WireError = { kind: 'internal', code: 'network', message: 'network' };

function pickTransport(): Transport {
  const bridge = (window as unknown as Record<string, CareDeskBridge | undefined>)[bridgeKey];
  return bridge ? createIpcTransport(bridge) : createHttpTransport();
}

const transport = pickTransport();
let currentLanguage: UiLanguage = 'lv';
const lockedListeners = new Set<() => void>();

export const api = {
  setLanguage(language: UiLanguage) {
    currentLanguage = language;
  },
  /** The start-up recovery methods, answered only while the database cannot be opened. */
  async recover<M extends RecoveryMethodName>(method: M, input: RecoveryInput<M>): Promise<RecoveryOutput<M>> {
    let result: CallResult<unknown>;
    try {
      result = await transport.invoke(method, input, currentLanguage);
    } catch {
      throw new ApiError(networkError);
    }
    if (!result.ok) throw new ApiError(result.error);
    return result.data as RecoveryOutput<M>;
  },
  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    let result: CallResult<unknown>;
    try {
      result = await transport.invoke(method, input, currentLanguage);
    } catch {
      throw new ApiError(networkError);
    }
    if (!result.ok) {
      // The server locks an idle session by itself too: whichever call hears it first shows the lock screen.
      if (result.error.code === 'auth.locked') for (const listener of lockedListeners) listener();
      throw new ApiError(result.error);
    }
    return result.data as MethodOutput<M>;
  },
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return transport.on(event, listener as (payload: unknown) => void);
  },
  /** Called whenever a call is refused because the session is locked. */
  onLocked(listener: () => void): () => void {
    lockedListeners.add(listener);
    return () => lockedListeners.delete(listener);
  },
};
