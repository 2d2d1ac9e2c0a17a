import type { Db } from '#db/client';
import type { EventBus } from '../event-bus';
import type { SessionStore } from '../session-store';
import type { LoginThrottle } from '../security/login-throttle';
import type { Translate } from '../dispatcher';
import type { PlatformPort } from '../platform';
import type { ClientIndex } from '../search/client-index';
import type { BackupService } from '../backup/backup-service';
import type { BackupActor } from '../backup/backup-types';

/** What every service may use; the composition root builds it once per data directory. */
export interface ServiceDeps {
  db: Db;
  now: () => Date;
  events: EventBus;
  sessions: SessionStore;
  loginThrottle: LoginThrottle;
  /** Messages a handler returns as data (not as an error), in the caller's language. */
  translate: Translate;
  /** Printing and saving files: Electron's dialogs, or the headless stand-in. */
  platform: PlatformPort;
  /** Reception's in-memory client search: the clients service keeps it current, an erasure removes from it. */
  clientIndex: ClientIndex;
  /** Backups of the database file; they outlive a restore, which opens another database. */
  backups: BackupService;
  /** Puts a backup in the database's place (the core reopens it); everyone logs in again. */
  restoreBackup: (file: string, actor: BackupActor) => { restored: string; keptAside: string };
}
