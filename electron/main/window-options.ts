import type { WebPreferences } from 'electron';
import { isAppDocument } from './sender-check';

export interface WebPreferenceOptions {
  /** DevTools in development only: a packaged app holds clients' personal data. */
  devTools: boolean;
}

/**
 * The renderer's powers, in one place so a unit test can pin every flag (electronegativity misses
 * `nodeIntegration: true` when a `sandbox` key is present, see TOOLING.md). The renderer reaches the
 * core only through the preload's two functions; everything else Node or Electron can do is off.
 */
export function secureWebPreferences(preloadPath: string, options: WebPreferenceOptions): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: options.devTools,
  };
}

/** Navigation stays inside the app's own document; links to anywhere else are refused, not opened. */
export function isAllowedNavigation(url: string, appIndexUrl: string): boolean {
  return isAppDocument(url, appIndexUrl);
}
