import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The items of Electron's security checklist that live in code rather than in one options object
 * (those are pinned in window-options.test.ts): checked over the sources, so a later change that
 * reintroduces a risky API fails here even before the electronegativity scan runs.
 */

function sources(dir: string): { file: string; text: string }[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.test.ts'))
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      // Comments may name a risky option to explain why it is off; only code counts.
      const text = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
      return { file, text };
    });
}

const all = [...sources('electron'), ...sources('renderer/src'), ...sources('shared')];
const offenders = (pattern: RegExp) => all.filter((s) => pattern.test(s.text)).map((s) => s.file);
const windowSource = fs.readFileSync('electron/main/window.ts', 'utf8');

describe('hardened Electron shell, over the sources', () => {
  it('never opens external URLs, embeds webviews or loads remote content', () => {
    expect(offenders(/shell\.openExternal|openExternal\(/)).toEqual([]);
    expect(offenders(/<webview|webviewTag:\s*true/)).toEqual([]);
    expect(offenders(/loadURL\(\s*['"`]https?:/)).toEqual([]);
  });

  it('never turns a protection off anywhere', () => {
    expect(offenders(/nodeIntegration(InWorker|InSubFrames)?:\s*true|contextIsolation:\s*false|sandbox:\s*false/)).toEqual([]);
    expect(offenders(/webSecurity:\s*false|allowRunningInsecureContent:\s*true|experimentalFeatures:\s*true|enableBlinkFeatures/)).toEqual([]);
  });

  it('blocks navigation, new windows and webviews, and denies every permission request', () => {
    expect(windowSource).toMatch(/on\('will-navigate', guard\)/);
    expect(windowSource).toMatch(/on\('will-redirect', guard\)/);
    expect(windowSource).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(windowSource).toMatch(/will-attach-webview', \(event\) => event\.preventDefault\(\)/);
    expect(windowSource).toMatch(/setPermissionRequestHandler\([^)]*\) => callback\(false\)\)/);
    expect(windowSource).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
    expect(windowSource).toMatch(/Content-Security-Policy/);
  });

  it('keeps the preload to contextBridge and the contract-checked channel', () => {
    const preload = fs.readFileSync('electron/preload/index.ts', 'utf8');
    expect(preload).toMatch(/contextBridge\.exposeInMainWorld/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
    // Names are checked against the contract's plain name lists (shared/contract/names.ts), tested equal to it.
    expect(preload).toMatch(/isCallableName\(method\)/);
    expect(preload).toMatch(/isListedEventName\(event\)/);
  });
});
