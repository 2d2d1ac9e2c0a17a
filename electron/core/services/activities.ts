import { findActivity, insertActivity, listActivities, updateActivity, type ActivityRow } from '#db/queries/activities';
import { writeWithAudit } from '#db/write';
import type { Activity } from '#shared/contract/activities';
import { notFound } from '../app-error';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';

type ActivityHandlers = Pick<Handlers, 'activities.list' | 'activities.create' | 'activities.update'>;

export function activityView(row: ActivityRow): Activity {
  return { id: row.id, code: row.code, nameLv: row.nameLv, nameLt: row.nameLt, nameRu: row.nameRu, active: row.active };
}

export function activityHandlers({ db, now, events }: ServiceDeps): ActivityHandlers {
  return {
    'activities.list': () => ({ activities: listActivities(db).map(activityView) }),

    'activities.create': (names, call) => {
      const at = now().toISOString();
      const row = writeWithAudit(
        db,
        { staffId: call.actor().id, method: call.method },
        (tx, audit) => {
          const created = insertActivity(tx, { ...names, code: null, active: true, createdAt: at, updatedAt: at });
          audit({ entity: 'activity', entityId: created.id, after: created });
          return created;
        },
        now,
      );
      events.emit('activities.changed', {});
      return activityView(row);
    },

    'activities.update': ({ id, ...patch }, call) => {
      const row = writeWithAudit(
        db,
        { staffId: call.actor().id, method: call.method },
        (tx, audit) => {
          const before = findActivity(tx, id);
          if (!before) throw notFound('activities.notFound');
          const updated = updateActivity(tx, id, { ...patch, updatedAt: now().toISOString() });
          audit({ entity: 'activity', entityId: id, before, after: updated });
          return updated ?? before;
        },
        now,
      );
      events.emit('activities.changed', {});
      return activityView(row);
    },
  };
}
