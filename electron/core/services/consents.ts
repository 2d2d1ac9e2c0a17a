import type { MethodParsedInput } from '#shared/contract/index';
import { orNull } from '#shared/contract/fields';
import { deleteConsent, findConsent, insertConsent, updateConsent } from '#db/queries/client-records';
import type { Executor } from '#db/client';
import { notFound } from '../app-error';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';
import { audited } from './audited';
import { requireClient } from './client-guard';

type ConsentsHandlers = Pick<Handlers, 'consents.create' | 'consents.update' | 'consents.remove'>;

function columns(input: Omit<MethodParsedInput<'consents.create'>, 'clientId'>) {
  return {
    kind: input.kind,
    givenOn: input.givenOn,
    givenBy: input.givenBy,
    // A representative's name only means something when a representative signed.
    representativeName: input.givenBy === 'representative' ? orNull(input.representativeName) : null,
    withdrawnOn: orNull(input.withdrawnOn),
  };
}

export function consentsHandlers({ db, now, events }: ServiceDeps): ConsentsHandlers {
  const existing = (tx: Executor, id: number) => {
    const row = findConsent(tx, id);
    if (!row) throw notFound('consents.notFound');
    return row;
  };

  return {
    'consents.create': ({ clientId, ...input }, call) => {
      const consent = audited(db, now, call)((tx, audit) => {
        requireClient(tx, clientId);
        const row = insertConsent(tx, { clientId, ...columns(input) });
        audit({ entity: 'client_consent', entityId: row.id, after: row });
        return row;
      });
      events.emit('clients.changed', { clientId });
      return { consent };
    },

    'consents.update': ({ id, ...input }, call) => {
      const consent = audited(db, now, call)((tx, audit) => {
        const before = existing(tx, id);
        const row = updateConsent(tx, id, columns(input));
        audit({ entity: 'client_consent', entityId: id, before, after: row });
        return row;
      });
      events.emit('clients.changed', { clientId: consent.clientId });
      return { consent };
    },

    'consents.remove': ({ id }, call) => {
      const removed = audited(db, now, call)((tx, audit) => {
        const before = existing(tx, id);
        deleteConsent(tx, id);
        audit({ entity: 'client_consent', entityId: id, before, after: null });
        return before;
      });
      events.emit('clients.changed', { clientId: removed.clientId });
      return {};
    },
  };
}
