import { getCentre, updateCentre } from '#db/queries/centre';
import { writeWithAudit } from '#db/write';
import { notFound } from '../app-error';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update'>;

export function settingsHandlers({ db, now, events }: ServiceDeps): SettingsHandlers {
  return {
    'settings.get': () => {
      const centre = getCentre(db);
      if (!centre) throw notFound('settings.noCentre');
      return { settings: { idleLockMinutes: centre.idleLockMinutes } };
    },

    'settings.update': (values, call) => {
      const row = writeWithAudit(
        db,
        { staffId: call.actor().id, method: call.method },
        (tx, audit) => {
          const before = getCentre(tx);
          if (!before) throw notFound('settings.noCentre');
          const after = updateCentre(tx, values);
          audit({ entity: 'centre', entityId: after.id, before, after });
          return after;
        },
        now,
      );
      // Every open window re-reads the idle time, so the new lock applies without a reload.
      events.emit('settings.changed', {});
      return { settings: { idleLockMinutes: row.idleLockMinutes } };
    },
  };
}
