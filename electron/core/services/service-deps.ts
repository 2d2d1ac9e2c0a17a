import type { Db } from '#db/client';
import type { EventBus } from '../event-bus';
import type { SessionStore } from '../session-store';
import type { LoginThrottle } from '../security/login-throttle';
import type { Translate } from '../dispatcher';
import type { PlatformPort } from '../platform';

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
}
