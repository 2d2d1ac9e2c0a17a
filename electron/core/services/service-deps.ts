import type { Db } from '#db/client';
import type { EventBus } from '../event-bus';
import type { SessionStore } from '../session-store';
import type { LoginThrottle } from '../security/login-throttle';
import type { Translate } from '../dispatcher';

/** What every service may use; the composition root builds it once per data directory. */
export interface ServiceDeps {
  db: Db;
  now: () => Date;
  events: EventBus;
  sessions: SessionStore;
  loginThrottle: LoginThrottle;
  /** Messages a handler returns as data (not as an error), in the caller's language. */
  translate: Translate;
}
