import type { CallResult, EventName } from '#shared/contract/index';
import type { UiLanguage } from '#shared/contract/common';

/** How the renderer reaches the core: Electron IPC or HTTP. The client above does not care which. */
export interface Transport {
  invoke(method: string, input: unknown, language: UiLanguage): Promise<CallResult<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}
