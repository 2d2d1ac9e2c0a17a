import type { Core } from '#core/core';
import { tokenSession, type SessionHandle } from '#core/call-context';
import type { CallResult } from '#shared/contract/index';
import type { UiLanguage } from '#shared/contract/common';
import { defaultLanguage, isUiLanguage } from '#shared/i18n/create-i18n';
import { isTrustedSender } from './sender-check';

/** What `ipc.ts` learns about a caller from Electron's event, reduced to plain facts. */
export interface IpcSender {
  webContentsId: number;
  /** Null when Electron no longer knows the frame. */
  frameUrl: string | null;
  /** The top frame of its page, not an iframe. */
  isMainFrame: boolean;
  /** The page belongs to a window main created itself. */
  isOurWindow: boolean;
}

export interface IpcBackend {
  call(sender: IpcSender, method: unknown, input: unknown, language: unknown): Promise<CallResult<unknown>>;
  isLoggedIn(webContentsId: number): boolean;
  /** Ends the window's session: closing the window logs its user out. */
  drop(webContentsId: number): void;
  /** Gives a window a session begun in main (a hidden window rendering PDFs as the user who asked). */
  adopt(webContentsId: number, token: string): void;
}

export interface IpcBackendOptions {
  core: Core;
  appIndexUrl: string;
  /** Told the renderer's language on every accepted call, so native menus can follow it. */
  onLanguage?: (language: UiLanguage) => void;
}

/**
 * The Electron transport without Electron, so it can be tested in plain Node. Session tokens stay in
 * this map in main, one per window; the renderer never holds one, so script in the page cannot
 * copy a session out. The store is asked on every call, so expiry and logout elsewhere take effect.
 */
export function createIpcBackend({ core, appIndexUrl, onLanguage }: IpcBackendOptions): IpcBackend {
  const tokens = new Map<number, string>();

  const end = (id: number) => {
    core.sessions.end(tokens.get(id));
    tokens.delete(id);
  };

  const sessionOf = (id: number): SessionHandle =>
    tokenSession(core.sessions, {
      get: () => tokens.get(id),
      set: (token) => (token === undefined ? tokens.delete(id) : tokens.set(id, token)),
    });

  return {
    async call(sender, method, input, language) {
      if (!sender.isOurWindow || !sender.isMainFrame || !isTrustedSender(sender.frameUrl, appIndexUrl)) {
        // A rejection, not a CallResult: an untrusted page gets nothing it could read as an answer.
        throw new Error('CareDesk refused a call from a page that is not the app');
      }
      const session = sessionOf(sender.webContentsId);
      const uiLanguage = isUiLanguage(language) ? language : (session.staff?.language ?? defaultLanguage);
      if (isUiLanguage(language)) onLanguage?.(language);
      // Unknown names still go to the dispatcher, which answers `not-found` in the caller's language.
      const name = typeof method === 'string' ? method : String(method);
      return core.dispatch(name, input, { session, language: uiLanguage, origin: 'ipc' });
    },
    isLoggedIn(id) {
      return core.sessions.resolve(tokens.get(id)) !== null;
    },
    drop: end,
    adopt(id, token) {
      end(id);
      tokens.set(id, token);
    },
  };
}
