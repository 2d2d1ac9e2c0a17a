import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Core } from '#core/core';
import { openCore, type OpenOutcome, type StartOptions } from '#core/recovery/open-core';
import { createRecovery } from '#core/recovery/recovery-service';
import { seedDemoIfEmpty } from '#core/demo/seed-demo';
import { demoFolder } from '#core/demo/demo-folder';
import { demoLoginLines } from '#core/demo/demo-logins';
import { demoToday } from '#core/demo/demo-clock';
import { startupClock } from '#core/startup-clock';
import { createTranslator } from '#core/translate';
import { DatabaseTooNewError } from '#db/errors';
import { createI18n } from '#shared/i18n/create-i18n';
import type { UiLanguage } from '#shared/contract/common';
import { parseLaunchArgs } from './launch-args';
import { systemUiLanguage } from './system-language';
import { registerIpc, type IpcHost } from './ipc';
import { registerRecoveryIpc } from './recovery-ipc';
import { createAppMenu } from './menu';
import { createMainWindow, createPrintWindow } from './window';
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
  let startOptions: StartOptions;
  let opened: OpenOutcome;
  // A hidden window with a session of its own for `staffId`, ended when the window is destroyed (ipc drops it).
  const openPrintWindow = (staffId: number): BrowserWindow | null => {
    if (!core || !ipc) return null;
    const indexFile = path.join(appPath, 'dist', 'renderer', 'index.html');
    const window = createPrintWindow({ preloadPath: path.join(appPath, 'dist-electron', 'preload.cjs'), appIndexUrl: pathToFileURL(indexFile).href });
    ipc.attach(window, core.sessions.begin(staffId));
    return window;
  };
  try {
    // A shifted clock only for the throw-away demo: a real centre's records carry the real date.
    now = startupClock({ demoDate: args.demo ? (args.demoDate ?? undefined) : undefined }).now;
    startOptions = {
      dataDir,
      now,
      // Explicit, because the core's default is found through import.meta.url, which a CJS bundle lacks.
      migrationsFolder: path.join(appPath, 'db', 'migrations'),
      // Set by scripts/start.mjs to a better-sqlite3 built for Electron's ABI; packaged apps ship their own.
      nativeBinding: process.env.CAREDESK_SQLITE_BINDING || undefined,
      // The print preview is shown in the main window, so that is the window to print.
      // The monthly pack's PDFs: a hidden window signed in as the manager who asked.
      platform: createElectronPlatform(() => mainWindow, { openWindow: openPrintWindow, indexFile: path.join(appPath, 'dist', 'renderer', 'index.html') }),
    };
    // A database that cannot be opened is not a startup error: the window shows the recovery page.
    opened = openCore(startOptions);
  } catch (error) {
    showStartupError(systemLanguage, error);
    app.exit(1);
    return;
  }
  if (opened.ok) core = opened.core;
  if (core?.backupFile) console.log(`A copy of the database was saved before updating it: ${core.backupFile}`);
  if (core && args.demo) {
    await seedDemoIfEmpty(core);
    console.log(`Data folder: ${dataDir}`);
    for (const line of demoLoginLines()) console.log(line);
    if (now && args.demoDate) console.log(`Demo date: ${demoToday(now)} (the demo's clock, not this computer's)`);
  }

  const indexFile = path.join(appPath, 'dist', 'renderer', 'index.html');
  const appIndexUrl = pathToFileURL(indexFile).href;
  const menu = createAppMenu(systemLanguage);
  const normalIpc = (open: Core) => registerIpc(open, appIndexUrl, (language) => menu.setLanguage(language));
  ipc = opened.ok
    ? normalIpc(opened.core)
    : registerRecoveryIpc(
        createRecovery({
          start: startOptions,
          kind: opened.kind,
          // The open core takes over the call channel; the page then reloads its data and shows the login.
          onOpened: (open) => {
            core = open;
            ipc?.dispose();
            ipc = normalIpc(open);
            if (mainWindow) ipc.attach(mainWindow);
          },
        }),
        appIndexUrl,
      );
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
