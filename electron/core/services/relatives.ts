import type { MethodParsedInput } from '#shared/contract/index';
import { orNull } from '#shared/contract/fields';
import { deleteRelative, findRelative, insertRelative, listRelatives, updateRelative } from '#db/queries/client-records';
import type { Executor } from '#db/client';
import { audited } from './audited';
import { notFound } from '../app-error';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';
import { requireClient } from './client-guard';

type RelativesHandlers = Pick<Handlers, 'relatives.list' | 'relatives.create' | 'relatives.update' | 'relatives.remove'>;

function columns(input: Omit<MethodParsedInput<'relatives.create'>, 'clientId'>) {
  return {
    name: input.name,
    relation: input.relation,
    phone: orNull(input.phone),
    phoneAlt: orNull(input.phoneAlt),
    address: orNull(input.address),
    language: orNull(input.language),
    canCollect: input.canCollect,
    emergencyContact: input.emergencyContact,
    priority: input.priority,
    note: orNull(input.note),
    idHint: orNull(input.idHint),
    mainCarer: input.mainCarer ?? false,
  };
}

export function relativesHandlers({ db, now, events }: ServiceDeps): RelativesHandlers {
  const existing = (tx: Executor, id: number) => {
    const row = findRelative(tx, id);
    if (!row) throw notFound('relatives.notFound');
    return row;
  };

  return {
    'relatives.list': ({ clientId }) => ({ relatives: listRelatives(db, clientId) }),

    'relatives.create': ({ clientId, ...input }, call) => {
      const relative = audited(db, now, call)((tx, audit) => {
        requireClient(tx, clientId);
        const row = insertRelative(tx, { clientId, ...columns(input) });
        audit({ entity: 'client_relative', entityId: row.id, after: row });
        return row;
      });
      events.emit('clients.changed', { clientId });
      return { relative };
    },

    'relatives.update': ({ id, ...input }, call) => {
      const relative = audited(db, now, call)((tx, audit) => {
        const before = existing(tx, id);
        const row = updateRelative(tx, id, columns(input));
        audit({ entity: 'client_relative', entityId: id, before, after: row });
        return row;
      });
      events.emit('clients.changed', { clientId: relative.clientId });
      return { relative };
    },

    'relatives.remove': ({ id }, call) => {
      const removed = audited(db, now, call)((tx, audit) => {
        const before = existing(tx, id);
        deleteRelative(tx, id);
        audit({ entity: 'client_relative', entityId: id, before, after: null });
        return before;
      });
      events.emit('clients.changed', { clientId: removed.clientId });
      return {};
    },
  };
}
