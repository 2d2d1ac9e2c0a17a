import { getCentre, updateCentre } from '#db/queries/centre';
import { endedClients } from '#db/queries/client-export';
import { localIsoDate } from '#shared/domain/dates';
import { isPastRetention, retentionCutoff } from '#shared/domain/retention';
import { notFound } from '../app-error';
import type { Handlers } from '../dispatcher';
import { audited } from './audited';
import type { ServiceDeps } from './service-deps';

type RetentionHandlers = Pick<Handlers, 'retention.get' | 'retention.update' | 'retention.clients'>;

/** The retention period (years after the last service) and the clients who have been kept that long. */
export function retentionHandlers({ db, now, events }: ServiceDeps): RetentionHandlers {
  const years = () => {
    const centre = getCentre(db);
    if (!centre) throw notFound('settings.noCentre');
    return centre.retentionYears;
  };

  return {
    'retention.get': () => ({ retentionYears: years() }),

    'retention.update': ({ retentionYears }, call) => {
      const after = audited(db, now, call)((tx, audit) => {
        const before = getCentre(tx);
        if (!before) throw notFound('settings.noCentre');
        const row = updateCentre(tx, { retentionYears });
        audit({ entity: 'centre', entityId: row.id, before: { retentionYears: before.retentionYears }, after: { retentionYears } });
        return row;
      });
      events.emit('settings.changed', {});
      return { retentionYears: after.retentionYears };
    },

    'retention.clients': (_input, call) => {
      const retentionYears = years();
      const today = localIsoDate(now());
      const collator = new Intl.Collator(call.language);
      const clients = endedClients(db)
        .filter((c) => isPastRetention(c.lastService, today, retentionYears))
        .sort((a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || a.id - b.id);
      return { retentionYears, cutoff: retentionCutoff(today, retentionYears), clients };
    },
  };
}
