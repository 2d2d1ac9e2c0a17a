import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, dialog, type BrowserWindow } from 'electron';
import { createCore, type Core } from '#core/core';
import { seedDemoIfEmpty } from '#core/demo/seed-demo';
import { demoFolder } from '#core/demo/demo-folder';
import { demoLoginLines } from '#core/demo/demo-logins';
import { demoClock, demoToday } from '#core/demo/demo-clock';
import { createTranslator } from '#core/translate';
import { DatabaseTooNewError } from '#db/errors';
import { createI18n } from '#shared/i18n/create-i18n';
import type { UiLanguage } from '#shared/contract/common';
import { parseLaunchArgs } from './launch-args';
import { systemUiLanguage } from './system-language';
import { registerIpc, type IpcHost } from './ipc';
import { createAppMenu } from './menu';
import { createMainWindow } from './window';
import { createElectronPlatform } from './platform';

const args = parseLaunchArgs(process.argv);
// The demo keeps --data-dir when given; otherwise a temp folder removed when the app quits.
const demo = args.demo ? demoFolder(args.dataDir) : null;
const dataDir = demo ? demo.dir : path.resolve(args.dataDir ?? path.join(app.getPath('appData'), 'CareDesk'));

app.setName('CareDesk');
// Electron derives userData from package.json's lower-case `name`; CareDesk's default folder is the
// one the browser host uses (core/data-dir.ts). Pointing userData at the data folder also scopes the
// single-instance lock to it: one process per database, while tests with their own folders run side by side.
app.setPath('userData', dataDir);
app.enableSandbox();

let core: Core | null = null;
let ipc: IpcHost | null = null;
let mainWindow: BrowserWindow | null = null;

function showStartupError(language: UiLanguage, error: unknown): void {
  const translate = createTranslator();
  const message =
    error instanceof DatabaseTooNewError
      ? translate(language, error.code, { found: error.found, known: error.known })
      : `${translate(language, 'kind.internal')}\n\n${error instanceof Error ? error.name : typeof error}`;
  dialog.showErrorBox(createI18n(language).t('common:appName'), message);
}

async function start(): Promise<void> {
  const systemLanguage = systemUiLanguage([...app.getPreferredSystemLanguages(), app.getLocale()]);
  const appPath = app.getAppPath();
  let now: (() => Date) | undefined;
  try {
    // A shifted clock only for the throw-away demo: a real centre's records carry the real date.
    now = args.demo && args.demoDate ? demoClock(args.demoDate) : undefined;
    core = createCore({
      dataDir,
      now,
      // Explicit, because the core's default is found through import.meta.url, which a CJS bundle lacks.
      migrationsFolder: path.join(appPath, 'db', 'migrations'),
      // Set by scripts/start.mjs to a better-sqlite3 built for Electron's ABI; packaged apps ship their own.
      nativeBinding: process.env.CAREDESK_SQLITE_BINDING || undefined,
      // The print preview is shown in the main window, so that is the window to print.
      platform: createElectronPlatform(() => mainWindow),
    });
  } catch (error) {
    showStartupError(systemLanguage, error);
    app.exit(1);
    return;
  }
  if (core.backupFile) console.log(`A copy of the database was saved before updating it: ${core.backupFile}`);
  if (args.demo) {
    await seedDemoIfEmpty(core);
    console.log(`Data folder: ${dataDir}`);
    for (const line of demoLoginLines()) console.log(line);
    if (now) console.log(`Demo date: ${demoToday(now)} (the demo's clock, not this computer's)`);
  }

  const indexFile = path.join(appPath, 'dist', 'renderer', 'index.html');
  const appIndexUrl = pathToFileURL(indexFile).href;
  const menu = createAppMenu(systemLanguage);
  ipc = registerIpc(core, appIndexUrl, (language) => menu.setLanguage(language));
  mainWindow = createMainWindow({
    preloadPath: path.join(appPath, 'dist-electron', 'preload.cjs'),
    indexFile,
    appIndexUrl,
    title: createI18n(systemLanguage).t('common:windowTitle'),
    devTools: !app.isPackaged,
  });
  ipc.attach(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another CareDesk already has this data folder open; it is brought forward below.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // One window holds the whole app, so closing it quits on macOS too: nothing useful runs windowless.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    ipc?.dispose();
    core?.close();
    core = null;
  });
  // After will-quit: Chromium keeps files in userData (the demo folder) open until the very end.
  if (demo) process.on('exit', () => demo.remove());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      showStartupError(systemUiLanguage(app.getPreferredSystemLanguages()), error);
      app.exit(1);
    });
}
