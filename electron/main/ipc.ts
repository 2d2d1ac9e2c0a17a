import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Core } from '#core/core';
import { ipcCallChannel, ipcEventChannel } from '#shared/contract/bridge';
import type { UiLanguage } from '#shared/contract/common';
import { createIpcBackend, type IpcSender } from './ipc-backend';

export interface IpcHost {
  /** Lets a window main created call the core; any other window is refused. */
  /** With `token`, the window starts signed in with that session (ended when the window goes). */
  attach(window: BrowserWindow, token?: string): void;
  dispose(): void;
}

export function senderOf(event: IpcMainInvokeEvent, windows: Map<number, WebContents>): IpcSender {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame.parent === null,
    isOurWindow: windows.get(event.sender.id) === event.sender,
  };
}

/** The one `ipcMain.handle` of the app, plus the fan-out of core events to logged-in windows. */
export function registerIpc(core: Core, appIndexUrl: string, onLanguage: (language: UiLanguage) => void): IpcHost {
  const backend = createIpcBackend({ core, appIndexUrl, onLanguage });
  const windows = new Map<number, WebContents>();

  ipcMain.handle(ipcCallChannel, (event, method: unknown, input: unknown, language: unknown) =>
    backend.call(senderOf(event, windows), method, input, language),
  );

  // Like the browser host's SSE stream: events only reach pages with a logged-in user.
  const unsubscribe = core.events.subscribe((name, payload) => {
    for (const [id, contents] of windows) {
      if (!contents.isDestroyed() && backend.isLoggedIn(id)) contents.send(ipcEventChannel, name, payload);
    }
  });

  return {
    attach(window, token) {
      const contents = window.webContents;
      const id = contents.id;
      windows.set(id, contents);
      if (token !== undefined) backend.adopt(id, token);
      contents.once('destroyed', () => {
        windows.delete(id);
        backend.drop(id);
      });
    },
    dispose() {
      ipcMain.removeHandler(ipcCallChannel);
      unsubscribe();
      for (const id of windows.keys()) backend.drop(id);
      windows.clear();
    },
  };
}
