import { ipcMain, type WebContents } from 'electron';
import type { Recovery } from '#core/recovery/recovery-service';
import { ipcCallChannel } from '#shared/contract/bridge';
import { defaultLanguage, isUiLanguage } from '#shared/i18n/create-i18n';
import { senderOf, type IpcHost } from './ipc';
import { isTrustedSender } from './sender-check';

/**
 * The call channel while the database cannot be opened: there is no core, so the recovery methods are
 * answered and every other call is told the app is in recovery, as the browser host does. Main swaps
 * this for `registerIpc` once a restore or a retry opens the database.
 */
export function registerRecoveryIpc(recovery: Recovery, appIndexUrl: string): IpcHost {
  const windows = new Map<number, WebContents>();
  ipcMain.handle(ipcCallChannel, (event, method: unknown, input: unknown, language: unknown) => {
    const sender = senderOf(event, windows);
    if (!sender.isOurWindow || !sender.isMainFrame || !isTrustedSender(sender.frameUrl, appIndexUrl)) {
      throw new Error('CareDesk refused a call from a page that is not the app');
    }
    return recovery.dispatch(String(method), input, isUiLanguage(language) ? language : defaultLanguage);
  });
  return {
    attach(window) {
      const contents = window.webContents;
      windows.set(contents.id, contents);
      contents.once('destroyed', () => windows.delete(contents.id));
    },
    dispose() {
      ipcMain.removeHandler(ipcCallChannel);
      windows.clear();
    },
  };
}
