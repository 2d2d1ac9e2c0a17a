import type { CallResult } from '#shared/contract/index';
import type { CareDeskBridge } from '#shared/contract/bridge';
import type { Transport } from './transport';

/** Electron: the preload's bridge, which only forwards contract methods and events. */
export function createIpcTransport(bridge: CareDeskBridge): Transport {
  return {
    async invoke(method, input, language) {
      return (await bridge.invoke(method, input, language)) as CallResult<unknown>;
    },
    on(event, listener) {
      return bridge.on(event, listener);
    },
  };
}
