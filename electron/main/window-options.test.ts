import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, secureWebPreferences } from './window-options';

const preload = '/opt/CareDesk/resources/app.asar/dist-electron/preload.cjs';
const appIndexUrl = 'file:///opt/CareDesk/resources/app.asar/dist/renderer/index.html';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences(preload, { devTools: false });

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('gives the page no Node.js, in any frame or worker', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and risky features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('loads only the bundled preload', () => {
    expect(prefs.preload).toBe(preload);
  });

  it('opens DevTools only when asked to (development)', () => {
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences(preload, { devTools: true }).devTools).toBe(true);
  });

  it('sets nothing beyond the reviewed list', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'devTools',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app document, on any of its hash routes', () => {
    expect(isAllowedNavigation(appIndexUrl, appIndexUrl)).toBe(true);
    expect(isAllowedNavigation(`${appIndexUrl}#/clients/12`, appIndexUrl)).toBe(true);
  });

  it('refuses the web, other local files and other schemes', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5180/',
      'file:///etc/passwd',
      'file:///opt/CareDesk/resources/app.asar/dist/renderer/other.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url, appIndexUrl), url).toBe(false);
    }
  });
});
