import { countStaff, insertStaff } from '#db/queries/staff';
import { getCentre, insertCentre } from '#db/queries/centre';
import { writeWithAudit } from '#db/write';
import { conflict } from '../app-error';
import { hashSecret } from '../security/password';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';
import { issueRecoveryCode } from './recover';

type SetupHandlers = Pick<Handlers, 'setup.status' | 'setup.initialise'>;

export function setupHandlers({ db, now, events }: ServiceDeps): SetupHandlers {
  return {
    'setup.status': () => {
      const centre = getCentre(db);
      return { initialised: centre !== undefined, language: centre?.language ?? null };
    },

    'setup.initialise': async ({ centre, admin }, call) => {
      // Hash before the transaction: it is slow and must not hold the write lock.
      const passwordHash = await hashSecret(admin.password);
      const recovery = await issueRecoveryCode();
      const createdAt = now().toISOString();
      writeWithAudit(
        db,
        { staffId: null, method: call.method },
        (tx, audit) => {
          // Checked inside the transaction so two racing set-ups cannot both succeed.
          if (getCentre(tx) || countStaff(tx) > 0) throw conflict('setup.alreadyInitialised');
          const centreRow = insertCentre(tx, { ...centre, createdAt });
          audit({ entity: 'centre', entityId: centreRow.id, after: centreRow });
          const adminRow = insertStaff(tx, {
            username: admin.username,
            fullName: admin.fullName,
            role: 'administrator',
            language: centre.language,
            passwordHash,
            recoveryCodeHash: recovery.hash,
            createdAt,
          });
          audit({ entity: 'staff', entityId: adminRow.id, after: adminRow });
        },
        now,
      );
      events.emit('centre.changed', {});
      // The only time this code leaves the core: the set-up screen shows it once, to be written down.
      return { initialised: true as const, recoveryCode: recovery.code };
    },
  };
}
