import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { bridgeKey, ipcCallChannel, ipcEventChannel, type CareDeskBridge } from '#shared/contract/bridge';
// Plain name lists, not the contract: the contract would bundle zod and every schema into the preload.
import { isCallableName, isListedEventName } from '#shared/contract/names';

/**
 * The whole surface the page gets: two functions, each refusing names outside the contract before
 * anything reaches main. `ipcRenderer` itself never crosses the bridge, and neither does the
 * IpcRendererEvent (its `sender` is ipcRenderer), so listeners receive the payload alone.
 */
const bridge: CareDeskBridge = {
  invoke(method, input, language) {
    // Recovery methods too: main answers them only while the database cannot be opened.
    if (!isCallableName(method)) return Promise.reject(new Error(`Unknown CareDesk method: ${String(method).slice(0, 80)}`));
    return ipcRenderer.invoke(ipcCallChannel, method, input, language);
  },
  on(event, listener) {
    if (!isListedEventName(event)) throw new Error(`Unknown CareDesk event: ${String(event).slice(0, 80)}`);
    const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(ipcEventChannel, forward);
    return () => {
      ipcRenderer.removeListener(ipcEventChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld(bridgeKey, bridge);
