/** What the Electron preload exposes as `window.caredesk`: nothing but these two functions. */
export interface CareDeskBridge {
  invoke(method: string, input: unknown, language: string): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export const bridgeKey = 'caredesk';
/** The single IPC channel for calls; events arrive on `caredesk:event`. */
export const ipcCallChannel = 'caredesk:call';
export const ipcEventChannel = 'caredesk:event';
