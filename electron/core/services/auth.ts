import { findStaffById, findStaffByUsername, listActiveStaff, updateStaff } from '#db/queries/staff';
import { getCentre } from '#db/queries/centre';
import { writeWithAudit } from '#db/write';
import { maxPinFailures } from '#shared/contract/auth';
import { unauthenticated } from '../app-error';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';
import { pinLocked, staffView } from './staff-view';
import { setPinFailures, signIn } from './sign-in';
import { checkPassword, pinKey, reserveAttempt, userKey, verifyReserved } from './login-attempt';
import { recoverHandlers } from './recover';
import { centreSettings } from './settings';

type AuthHandlers = Pick<
  Handlers,
  'auth.login' | 'auth.tiles' | 'auth.pinLogin' | 'auth.tileLogin' | 'auth.recover' | 'auth.lock' | 'auth.logout' | 'auth.me' | 'auth.setLanguage'
>;

export function authHandlers(deps: ServiceDeps): AuthHandlers {
  const { db, now, events, loginThrottle } = deps;
  return {
    'auth.login': async ({ username, password }, call) => {
      const name = username.toLowerCase();
      const row = await checkPassword(deps, findStaffByUsername(db, name), userKey(name), password, call, 'auth.wrongCredentials');
      return signIn(deps, row, call);
    },

    // Public by design: the reception PC shows who works here. See staffTileSchema for what is safe.
    'auth.tiles': () => ({
      tiles: listActiveStaff(db).map((row) => ({
        id: row.id,
        fullName: row.fullName,
        pinUsable: row.pinHash !== null && !pinLocked(row) && !row.loginLockedAt,
      })),
    }),

    'auth.pinLogin': async ({ staffId, pin }, call) => {
      const key = pinKey(staffId);
      const row = findStaffById(db, staffId);
      const stored = row?.active ? row.pinHash : null;
      if (row?.loginLockedAt) throw unauthenticated('auth.accountLocked');
      // PINs being checked count as wrong until known, so a burst never gets more than the limit checked.
      if (row && stored && row.pinFailures + loginThrottle.inFlight(key) >= maxPinFailures) throw unauthenticated('auth.pinDisabled');
      const attempt = reserveAttempt(deps, key, call, { lockedCode: 'auth.pinDisabled' });
      const valid = await verifyReserved(attempt, pin, stored);
      if (row && stored && valid) {
        attempt.succeeded();
        return signIn(deps, findStaffById(db, staffId) ?? row, call);
      }
      // Settled and written in one synchronous step: no other attempt runs between the two.
      attempt.failed();
      if (!row || !stored) throw unauthenticated('auth.wrongPin');
      const updated = setPinFailures(deps, row.id, call.method, (n) => n + 1);
      throw unauthenticated(updated.pinFailures >= maxPinFailures ? 'auth.pinDisabled' : 'auth.wrongPin');
    },

    'auth.tileLogin': async ({ staffId, password }, call) => {
      const row = findStaffById(db, staffId);
      // The same username key as `auth.login`, so both doors share one count per person.
      const checked = await checkPassword(deps, row, userKey(row?.username ?? `#${staffId}`), password, call, 'auth.wrongPassword');
      return signIn(deps, checked, call);
    },

    ...recoverHandlers(deps),

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
