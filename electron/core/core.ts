import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '#db/open-database';
import { sourceMigrationsFolder } from '#db/paths';
import type { Db } from '#db/client';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import { createEventBus, type EventBus } from './event-bus';
import { createSessionStore, type SessionStore } from './session-store';
import { swappableSessions } from './swappable-sessions';
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
import { clockHandlers } from './services/clock';
import { equipmentMaintenanceHandlers } from './services/equipment-maintenance';
import { startupClock } from './startup-clock';
import type { ServiceDeps } from './services/service-deps';
import { backupHandlers } from './services/backups';
import { createBackupService, type BackupService } from './backup/backup-service';
import { restoreBackup } from './backup/restore-backup';
import { startBackupScheduler, type BackupScheduleOptions } from './backup/scheduler';
import { swapInBackup, undoSwap } from './backup/swap-database-file';
import { privacyHandlers } from './services/privacy';
import { equipmentRegisterHandlers } from './services/equipment/index';
import { dementiaHandlers } from './services/dementia/index';
import { loansHandlers } from './services/loans/index';
import { bookingsHandlers } from './services/bookings/index';
import { incidentHandlers } from './services/incidents/incidents';
import { dementiaSafetyHandlers } from './services/dementia-safety';
import { ClientIndex } from './search/client-index';
import { municipalReportHandlers } from './services/municipal/handlers';
import { billingHandlers } from './services/billing/handlers';
import { loadIndexSource } from '#db/queries/client-index';

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
  /** The daily backup's timer (on wherever there is a data folder); tests and benches may turn it off. */
  backupSchedule?: BackupScheduleOptions | false;
}

export interface Core {
  dispatch: Dispatch;
  events: EventBus;
  sessions: SessionStore;
  /** The open database: another one after a backup is restored. */
  readonly db: Db;
  databaseFile: string;
  backupFile: string | null;
  /** The core's clock: the demo's seeding dates its records by it. */
  now: () => Date;
  backups: BackupService;
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
  const now = options.now ?? startupClock({}).now ?? (() => new Date());
  let databaseFile = ':memory:';
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    databaseFile = path.join(options.dataDir, databaseFileName);
  }
  const migrationsFolder = options.migrationsFolder ?? sourceMigrationsFolder();
  const backups = createBackupService({ dataDir: options.dataDir, now, nativeBinding: options.nativeBinding, db: () => live.opened.db });
  const lasting: Lasting = {
    now,
    migrationsFolder,
    events: createEventBus(),
    translate: createTranslator(),
    loginThrottle: createLoginThrottle(options.loginThrottle),
    backups,
    restoreBackup: (file, actor) =>
      restoreBackup({ backups, db: () => live.opened.db, now, databaseFile, migrationsFolder, nativeBinding: options.nativeBinding, replaceDatabase }, file, actor),
  };
  let live = openLive(databaseFile, options, lasting);
  const sessions = swappableSessions(() => live.sessions);

  /** A restore: the open database closes, the backup takes its file's place, and everyone logs in again. */
  function replaceDatabase(backupFile: string, aside: string): void {
    live.opened.close();
    swapInBackup(databaseFile, backupFile, aside);
    try {
      live = openLive(databaseFile, options, lasting);
    } catch (error) {
      undoSwap(databaseFile, aside);
      live = openLive(databaseFile, options, lasting);
      throw error;
    }
    // The backup holds the sessions of its own day: none of them may open again.
    live.opened.db.$client.prepare('DELETE FROM staff_session').run();
    sessions.endAll();
    if (live.opened.backupFile) void backups.importPreMigrationCopy(live.opened.backupFile);
  }

  const first = live.opened;
  // The copy openDatabase made before migrating also goes to the backup folder, as `pre-migration`.
  if (first.backupFile) void backups.importPreMigrationCopy(first.backupFile);
  const scheduler = options.dataDir && options.backupSchedule !== false ? startBackupScheduler(() => backups.runDueBackup(), options.backupSchedule) : null;
  return {
    dispatch: (method, input, ctx) => live.dispatch(method, input, ctx),
    events: lasting.events,
    sessions,
    get db() {
      return live.opened.db;
    },
    databaseFile,
    backupFile: first.backupFile,
    now,
    backups,
    close: () => {
      scheduler?.stop();
      live.opened.close();
    },
  };
}

/** What outlives a restore: the clock, events, translations, the login throttle and the backups. */
interface Lasting extends Pick<ServiceDeps, 'now' | 'events' | 'translate' | 'loginThrottle' | 'backups' | 'restoreBackup'> {
  migrationsFolder: string;
}

/** What lives as long as one database file is open; a restore replaces it whole. */
interface Live {
  opened: OpenedDatabase;
  sessions: SessionStore;
  dispatch: Dispatch;
}

function openLive(file: string, options: CoreOptions, lasting: Lasting): Live {
  const { now, events, translate } = lasting;
  const opened = openDatabase({ file, migrationsFolder: lasting.migrationsFolder, nativeBinding: options.nativeBinding, now });
  const sessions = createSessionStore(opened.db, now, createSessionActivity(now, idleLockSetting(opened.db, events)));
  const deps: ServiceDeps = {
    db: opened.db,
    now,
    events,
    sessions,
    loginThrottle: lasting.loginThrottle,
    translate,
    platform: options.platform ?? headlessPlatform,
    backups: lasting.backups,
    restoreBackup: lasting.restoreBackup,
    clientIndex: new ClientIndex(() => loadIndexSource(opened.db)),
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
    ...privacyHandlers(deps),
    ...equipmentRegisterHandlers(deps),
    ...dementiaHandlers(deps),
    ...incidentHandlers(deps),
    ...dementiaSafetyHandlers(deps),
    ...clockHandlers(deps),
    ...equipmentMaintenanceHandlers(deps),
    ...backupHandlers(deps),
    ...municipalReportHandlers(deps),
    ...billingHandlers(deps),
    ...loansHandlers(deps),
    ...bookingsHandlers(deps),
  } satisfies Handlers;
  const dispatch = createDispatcher({
    handlers,
    translate,
    logInternal: options.logInternal ?? logInternalDefault,
    now,
  });
  return { opened, sessions, dispatch };
}
