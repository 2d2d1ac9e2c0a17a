import { getCentre, updateCentre, type CentreRow } from '#db/queries/centre';
import { writeWithAudit } from '#db/write';
import type { CentreSettingsValues } from '#shared/contract/settings';
import { inMealOrder } from '#shared/domain/meals';
import { notFound } from '../app-error';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update'>;

/** The settings as the wire carries them; auth.me hands the same values to every staff member. */
export const centreSettings = (centre: CentreRow): CentreSettingsValues => ({
  idleLockMinutes: centre.idleLockMinutes,
  mealKinds: centre.mealKinds,
});

export function settingsHandlers({ db, now, events }: ServiceDeps): SettingsHandlers {
  return {
    'settings.get': () => {
      const centre = getCentre(db);
      if (!centre) throw notFound('settings.noCentre');
      return { settings: centreSettings(centre) };
    },

    'settings.update': ({ idleLockMinutes, mealKinds }, call) => {
      const row = writeWithAudit(
        db,
        { staffId: call.actor().id, method: call.method },
        (tx, audit) => {
          const before = getCentre(tx);
          if (!before) throw notFound('settings.noCentre');
          // Catalogue order, once each: the board, the day list and the sheets show meals in the order of the day.
          const after = updateCentre(tx, { idleLockMinutes, mealKinds: inMealOrder(mealKinds) });
          audit({ entity: 'centre', entityId: after.id, before, after });
          return after;
        },
        now,
      );
      // Every open window re-reads the settings (idle time, meals served), so they apply without a reload.
      events.emit('settings.changed', {});
      return { settings: centreSettings(row) };
    },
  };
}
