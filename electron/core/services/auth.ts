import { findStaffById, findStaffByUsername, listActiveStaff, updateStaff } from '#db/queries/staff';
import { getCentre } from '#db/queries/centre';
import { writeWithAudit } from '#db/write';
import { maxPinFailures } from '#shared/contract/auth';
import { unauthenticated } from '../app-error';
import { dummyHash, verifySecret } from '../security/password';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';
import { pinLocked, staffView } from './staff-view';
import { setPinFailures, signIn, throttle } from './sign-in';
import { centreSettings } from './settings';

type AuthHandlers = Pick<
  Handlers,
  'auth.login' | 'auth.tiles' | 'auth.pinLogin' | 'auth.tileLogin' | 'auth.lock' | 'auth.logout' | 'auth.me' | 'auth.setLanguage'
>;

export function authHandlers(deps: ServiceDeps): AuthHandlers {
  const { db, now, events, loginThrottle } = deps;
  return {
    'auth.login': async ({ username, password }, call) => {
      const name = username.toLowerCase();
      const keys = [`user:${name}`, `origin:${call.origin}`];
      await throttle(deps, keys);
      const row = findStaffByUsername(db, name);
      // Verify against a dummy hash for unknown users so timing does not reveal who exists.
      const valid = await verifySecret(password, row?.passwordHash ?? (await dummyHash));
      if (!row || !row.active || !valid) {
        loginThrottle.failed(keys);
        throw unauthenticated('auth.wrongCredentials');
      }
      loginThrottle.succeeded([keys[0] as string]);
      return signIn(deps, row, call);
    },

    // Public by design: the reception PC shows who works here. See staffTileSchema for what is safe.
    'auth.tiles': () => ({
      tiles: listActiveStaff(db).map((row) => ({ id: row.id, fullName: row.fullName, pinUsable: row.pinHash !== null && !pinLocked(row) })),
    }),

    'auth.pinLogin': async ({ staffId, pin }, call) => {
      const keys = [`pin:${staffId}`, `origin:${call.origin}`];
      await throttle(deps, keys);
      const row = findStaffById(db, staffId);
      const stored = row?.active ? row.pinHash : null;
      if (row && stored && pinLocked(row)) throw unauthenticated('auth.pinDisabled');
      const valid = await verifySecret(pin, stored ?? (await dummyHash));
      if (!row || !stored || !valid) {
        loginThrottle.failed(keys);
        if (!row || !stored) throw unauthenticated('auth.wrongPin');
        const updated = setPinFailures(deps, row.id, call.method, (n) => n + 1);
        throw unauthenticated(updated.pinFailures >= maxPinFailures ? 'auth.pinDisabled' : 'auth.wrongPin');
      }
      loginThrottle.succeeded([keys[0] as string]);
      return signIn(deps, row, call);
    },

    'auth.tileLogin': async ({ staffId, password }, call) => {
      const row = findStaffById(db, staffId);
      // The same username key as `auth.login`, so both doors share one count per person.
      const keys = [`user:${row?.username ?? `#${staffId}`}`, `origin:${call.origin}`];
      await throttle(deps, keys);
      const valid = await verifySecret(password, row?.passwordHash ?? (await dummyHash));
      if (!row || !row.active || !valid) {
        loginThrottle.failed(keys);
        throw unauthenticated('auth.wrongPassword');
      }
      loginThrottle.succeeded([keys[0] as string]);
      return signIn(deps, row, call);
    },

    'auth.lock': (_input, call) => {
      call.session.lock();
      return {};
    },

    'auth.logout': (_input, call) => {
      call.session.end();
      return {};
    },

    'auth.me': (_input, call) => {
      const centre = getCentre(db);
      if (!centre) throw unauthenticated();
      return { staff: staffView(call.actor()), centre, settings: centreSettings(centre) };
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
