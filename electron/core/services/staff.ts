import {
  countActiveAdministrators,
  deleteSessionsOf,
  findStaffById,
  findStaffByUsername,
  insertStaff,
  listStaff,
  updateStaff,
  type NewStaffRow,
  type StaffRow,
} from '#db/queries/staff';
import type { Executor } from '#db/client';
import { writeWithAudit } from '#db/write';
import { conflict, notFound } from '../app-error';
import { hashSecret } from '../security/password';
import type { Handlers } from '../dispatcher';
import type { HandlerCall } from '../call-context';
import type { ServiceDeps } from './service-deps';
import { staffAccountView } from './staff-view';
import { isThrottled, pinKey, userKey } from './login-attempt';

type StaffHandlers = Pick<Handlers, 'staff.list' | 'staff.create' | 'staff.update' | 'staff.resetPassword' | 'staff.setPin' | 'staff.unlockLogin'>;

function existing(tx: Executor, id: number): StaffRow {
  const row = findStaffById(tx, id);
  if (!row) throw notFound('staff.notFound');
  return row;
}

export function staffHandlers({ db, now, events, loginThrottle }: ServiceDeps): StaffHandlers {
  const view = (row: StaffRow) => staffAccountView(row, isThrottled(loginThrottle, row));
  /** One audited change to one account; hashes are taken before, as they are slow and must not hold the lock. */
  const change = (call: HandlerCall, id: number, patch: (before: StaffRow, tx: Executor) => Partial<NewStaffRow>) => {
    const row = writeWithAudit(
      db,
      { staffId: call.actor().id, method: call.method },
      (tx, audit) => {
        const before = existing(tx, id);
        const after = updateStaff(tx, id, patch(before, tx));
        // A reset password or PIN leaves no visible change (secrets never enter the trail); record the act.
        audit({ entity: 'staff', entityId: id, before, after });
        return after;
      },
      now,
    );
    events.emit('staff.changed', { staffId: id });
    return row;
  };

  return {
    'staff.list': () => ({ staff: listStaff(db).map(view) }),

    'staff.create': async ({ pin, password, ...fields }, call) => {
      const passwordHash = await hashSecret(password);
      const pinHash = pin === null ? null : await hashSecret(pin);
      const row = writeWithAudit(
        db,
        { staffId: call.actor().id, method: call.method },
        (tx, audit) => {
          // Checked inside the transaction; the unique index is the last line of defence.
          if (findStaffByUsername(tx, fields.username)) throw conflict('staff.usernameTaken', { username: fields.username });
          const created = insertStaff(tx, { ...fields, passwordHash, pinHash, createdAt: now().toISOString() });
          audit({ entity: 'staff', entityId: created.id, after: created });
          return created;
        },
        now,
      );
      events.emit('staff.changed', { staffId: row.id });
      return { staff: view(row) };
    },

    'staff.update': ({ id, ...fields }, call) => {
      const row = change(call, id, (before, tx) => {
        const losesAdmin = before.role === 'administrator' && before.active && (fields.role !== 'administrator' || !fields.active);
        if (losesAdmin && countActiveAdministrators(tx, id) === 0) throw conflict('staff.lastAdministrator');
        // A deactivated user is out at once: their sessions go in the same transaction.
        if (before.active && !fields.active) deleteSessionsOf(tx, id);
        return fields;
      });
      return { staff: view(row) };
    },

    'staff.resetPassword': async ({ id, password }, call) => {
      const passwordHash = await hashSecret(password);
      change(call, id, (_before, tx) => {
        // A reset usually means the password leaked: whoever is logged in with it is logged out,
        // unless it is the administrator's own account, whose current session is this very call.
        if (id !== call.actor().id) deleteSessionsOf(tx, id);
        return { passwordHash };
      });
      return {};
    },

    'staff.setPin': async ({ id, pin }, call) => {
      const pinHash = pin === null ? null : await hashSecret(pin);
      const row = change(call, id, () => ({ pinHash, pinFailures: 0 }));
      return { staff: view(row) };
    },

    // Recorded even when nothing was locked: the trail shows that an administrator let this person in.
    'staff.unlockLogin': ({ id }, call) => {
      const row = change(call, id, () => ({ loginLockedAt: null }));
      for (const key of [userKey(row.username), pinKey(row.id)]) loginThrottle.clear(key);
      return { staff: view(row) };
    },
  };
}
