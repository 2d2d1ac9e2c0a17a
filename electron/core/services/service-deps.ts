import type { Db } from '#db/client';
import type { EventBus } from '../event-bus';
import type { SessionStore } from '../session-store';
import type { LoginThrottle } from '../security/login-throttle';

/** What every service may use; the composition root builds it once per data directory. */
export interface ServiceDeps {
  db: Db;
  now: () => Date;
  events: EventBus;
  sessions: SessionStore;
  loginThrottle: LoginThrottle;
}
