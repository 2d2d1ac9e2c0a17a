import { findResource, insertResource, listResources, updateResource } from '#db/queries/bookings';
import { itemById } from '#db/queries/equipment-items';
import { localIsoDate } from '#shared/domain/dates';
import type { Db } from '#db/client';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { immediateWrite } from './immediate-write';
import { resourceView } from './views';

type ResourceHandlers = Pick<Handlers, 'resources.list' | 'resources.create' | 'resources.update'>;

const usableItem = (db: Db, itemId: number | undefined, exceptResource = 0) => {
  if (itemId === undefined) return null;
  if (!itemById(db, itemId)) throw notFound('loans.itemNotFound');
  const taken = db.$client.prepare('SELECT id FROM booking_resource WHERE item_id = ? AND id <> ?').get(itemId, exceptResource);
  if (taken) throw conflict('bookings.itemAlreadyBookable');
  return itemId;
};

/** Any item of the register or any room can be made bookable, with its slot length and opening hours. */
export function resourceHandlers({ db, now }: ServiceDeps): ResourceHandlers {
  const today = () => localIsoDate(now());
  return {
    'resources.list': ({ includeInactive, limit }) => ({
      resources: listResources(db, includeInactive ?? false, limit ?? 200).map((row) => resourceView(db, row, today())),
    }),

    'resources.create': ({ itemId, room, slotMinutes, active, weekdays, ...fields }, call) => {
      const row = immediateWrite(db, now, call, (tx, audit) => {
        const at = now().toISOString();
        const created = insertResource(tx, {
          ...fields,
          itemId: usableItem(tx, itemId),
          room: room || null,
          slotMinutes: slotMinutes ?? 30,
          weekdays: [...new Set(weekdays)].sort(),
          active: active ?? true,
          createdAt: at,
          updatedAt: at,
        });
        audit({ entity: 'booking_resource', entityId: created.id, after: created });
        return created;
      });
      return resourceView(db, row, today());
    },

    'resources.update': ({ id, itemId, room, slotMinutes, active, weekdays, ...fields }, call) => {
      const row = immediateWrite(db, now, call, (tx, audit) => {
        const before = findResource(tx, id);
        if (!before) throw notFound('bookings.resourceNotFound');
        const after = updateResource(tx, id, {
          ...fields,
          itemId: usableItem(tx, itemId, id),
          room: room || null,
          slotMinutes: slotMinutes ?? before.slotMinutes,
          weekdays: [...new Set(weekdays)].sort(),
          active: active ?? before.active,
          updatedAt: now().toISOString(),
        });
        audit({ entity: 'booking_resource', entityId: id, before, after });
        return after;
      });
      return resourceView(db, row, today());
    },
  };
}
