import { BrowserWindow, type WebContents } from 'electron';
import { contentSecurityPolicy } from '#shared/security/content-security';
import { isAllowedNavigation, secureWebPreferences } from './window-options';

export interface MainWindowOptions {
  preloadPath: string;
  indexFile: string;
  appIndexUrl: string;
  title: string;
  devTools: boolean;
}

/**
 * Everything a page could use to leave the app or gain powers is refused here: other URLs, new
 * windows, webviews, permissions (camera, notifications, geolocation…). The renderer needs none.
 */
function hardenContents(contents: WebContents, appIndexUrl: string): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url, appIndexUrl)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  const { session } = contents;
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // The meta tag Vite puts into index.html is what governs the file:// page; the header is the same
  // policy for any response that does carry headers, so neither can be the weaker one.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  // The scanner only reads a literal written inside `new BrowserWindow(…)`; the flags come from
  // secureWebPreferences, which window-options.test.ts pins one by one. A literal insecure flag added
  // here would still be reported: it is flagged on its own line, not this one.
  const window = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: options.title,
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools }),
  });
  hardenContents(window.webContents, options.appIndexUrl);
  // Shown once painted, so staff never see a blank white frame while the UI loads.
  window.once('ready-to-show', () => window.show());
  void window.loadFile(options.indexFile);
  return window;
}

/**
 * An invisible window for rendering print routes to PDF: the same preload, session and hardening as the
 * main window, never shown.
 */
export function createPrintWindow(options: Pick<MainWindowOptions, 'preloadPath' | 'appIndexUrl'>): BrowserWindow {
  const window = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK
    width: 1280,
    height: 820,
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: false }),
  });
  hardenContents(window.webContents, options.appIndexUrl);
  return window;
}
