import { findStaffByUsername, updateStaff } from '#db/queries/staff';
import { getCentre } from '#db/queries/centre';
import { writeWithAudit } from '#db/write';
import { unauthenticated } from '../app-error';
import { dummyHash, verifySecret } from '../security/password';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';
import { staffView } from './staff-view';

type AuthHandlers = Pick<Handlers, 'auth.login' | 'auth.logout' | 'auth.me' | 'auth.setLanguage'>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function authHandlers({ db, now, events, loginThrottle }: ServiceDeps): AuthHandlers {
  return {
    'auth.login': async ({ username, password }, call) => {
      const name = username.toLowerCase();
      const keys = [`user:${name}`, `origin:${call.origin}`];
      await sleep(loginThrottle.delayMs(keys));
      const row = findStaffByUsername(db, name);
      // Verify against a dummy hash for unknown users so timing does not reveal who exists.
      const valid = await verifySecret(password, row?.passwordHash ?? (await dummyHash));
      if (!row || !row.active || !valid) {
        loginThrottle.failed(keys);
        throw unauthenticated('auth.wrongCredentials');
      }
      loginThrottle.succeeded([keys[0] as string]);
      call.session.begin(row.id);
      return { staff: staffView(row) };
    },

    'auth.logout': (_input, call) => {
      call.session.end();
      return {};
    },

    'auth.me': (_input, call) => {
      const centre = getCentre(db);
      if (!centre) throw unauthenticated();
      return { staff: staffView(call.actor()), centre };
    },

    'auth.setLanguage': ({ language }, call) => {
      const me = call.actor();
      const row = writeWithAudit(
        db,
        { staffId: me.id, method: call.method },
        (tx, audit) => {
          const updated = updateStaff(tx, me.id, { language });
          audit({ entity: 'staff', entityId: me.id, before: me, after: updated });
          return updated;
        },
        now,
      );
      events.emit('staff.changed', { staffId: me.id });
      return { staff: staffView(row) };
    },
  };
}
