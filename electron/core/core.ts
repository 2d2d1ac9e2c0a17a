import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '#db/open-database';
import { sourceMigrationsFolder } from '#db/paths';
import type { Db } from '#db/client';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import { createEventBus, type EventBus } from './event-bus';
import { createSessionStore, type SessionStore } from './session-store';
import { createSessionActivity, idleLockSetting } from './session-activity';
import { createLoginThrottle } from './security/login-throttle';
import { createTranslator } from './translate';
import { setupHandlers } from './services/setup';
import { authHandlers } from './services/auth';
import { clientsHandlers } from './services/clients';
import { relativesHandlers } from './services/relatives';
import { consentsHandlers } from './services/consents';
import { decisionsHandlers } from './services/decisions';
import { assessmentsHandlers } from './services/assessments';
import { calendarHandlers } from './services/calendar';
import { sheetHandlers } from './services/sheets';
import { monthHandlers } from './services/months';
import { printHandlers } from './services/print';
import { headlessPlatform, type PlatformPort } from './platform';
import { staffHandlers } from './services/staff';
import { settingsHandlers } from './services/settings';
import { auditHandlers } from './services/audit';
import { attendanceHandlers } from './services/attendance';
import { activityHandlers } from './services/activities';
import { sessionHandlers } from './services/sessions';
import { sessionSheetHandlers } from './services/session-sheet';
import type { ServiceDeps } from './services/service-deps';

export interface CoreOptions {
  /** Folder holding `caredesk.sqlite`; created if missing. Omit for an in-memory database (tests). */
  dataDir?: string;
  migrationsFolder?: string;
  nativeBinding?: string;
  now?: () => Date;
  logInternal?: (method: string, error: unknown) => void;
  /** Tests that fire many failed logins turn the slow-down off. */
  loginThrottle?: Parameters<typeof createLoginThrottle>[0];
  /** Print and save dialogs; Electron passes its own, everyone else gets the headless one. */
  platform?: PlatformPort;
}

export interface Core {
  dispatch: Dispatch;
  events: EventBus;
  sessions: SessionStore;
  db: Db;
  databaseFile: string;
  backupFile: string | null;
  /** The core's clock: the demo's seeding dates its records by it. */
  now: () => Date;
  close(): void;
}

export const databaseFileName = 'caredesk.sqlite';

/** Never the error's message or stack: SQLite messages can quote values, and values are personal data. */
function logInternalDefault(method: string, error: unknown): void {
  const kind = error instanceof Error ? `${error.name}${'code' in error ? ` ${String(error.code)}` : ''}` : typeof error;
  console.error(`[caredesk] internal error in ${method}: ${kind}`);
}

/** The composition root: Electron main, the browser host, the bench and the tests all start here. */
export function createCore(options: CoreOptions = {}): Core {
  const now = options.now ?? (() => new Date());
  let databaseFile = ':memory:';
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    databaseFile = path.join(options.dataDir, databaseFileName);
  }
  const opened = openDatabase({
    file: databaseFile,
    migrationsFolder: options.migrationsFolder ?? sourceMigrationsFolder(),
    nativeBinding: options.nativeBinding,
    now,
  });
  const events = createEventBus();
  const sessions = createSessionStore(opened.db, now, createSessionActivity(now, idleLockSetting(opened.db, events)));
  const translate = createTranslator();
  const deps: ServiceDeps = {
    db: opened.db,
    now,
    events,
    sessions,
    loginThrottle: createLoginThrottle(options.loginThrottle),
    translate,
    platform: options.platform ?? headlessPlatform,
  };
  const handlers = {
    ...setupHandlers(deps),
    ...authHandlers(deps),
    ...clientsHandlers(deps),
    ...relativesHandlers(deps),
    ...consentsHandlers(deps),
    ...decisionsHandlers(deps),
    ...assessmentsHandlers(deps),
    ...calendarHandlers(deps),
    ...sheetHandlers(deps),
    ...monthHandlers(deps),
    ...printHandlers(deps),
    ...staffHandlers(deps),
    ...settingsHandlers(deps),
    ...auditHandlers(deps),
    ...attendanceHandlers(deps),
    ...activityHandlers(deps),
    ...sessionHandlers(deps),
    ...sessionSheetHandlers(deps),
  } satisfies Handlers;
  const dispatch = createDispatcher({
    handlers,
    translate,
    logInternal: options.logInternal ?? logInternalDefault,
  });
  return { dispatch, events, sessions, db: opened.db, databaseFile, backupFile: opened.backupFile, now, close: () => opened.close() };
}
