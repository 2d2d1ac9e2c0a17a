import { findWaitlist, insertWaitlist, listWaitlist, openRequestOf, updateWaitlist, waitlistView, type WaitlistViewRow } from '#db/queries/waitlist';
import { freeItemRows } from '#db/queries/loans';
import { findClient } from '#db/queries/clients';
import { localIsoDate } from '#shared/domain/dates';
import type { WaitlistEntry } from '#shared/contract/loans';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { immediateWrite } from '../bookings/immediate-write';
import { loanView } from './loan-view';
import { lendItem } from './lend';
import { offerFreeItems } from './offer';

type WaitlistHandlers = Pick<Handlers, 'waitlist.list' | 'waitlist.join' | 'waitlist.cancel' | 'waitlist.serve'>;

export function waitlistEntry(row: WaitlistViewRow): WaitlistEntry {
  return {
    id: row.id,
    clientId: row.clientId,
    clientFirstName: row.clientFirstName,
    clientLastName: row.clientLastName,
    category: row.category,
    requestedOn: row.requestedOn,
    note: row.note,
    status: row.status,
    offeredItemId: row.offeredItemId,
    offeredInventoryNumber: row.offeredInventoryNumber,
    loanId: row.loanId,
  };
}

const entryOf = (row: WaitlistViewRow | undefined) => {
  if (!row) throw notFound('waitlist.notFound');
  return waitlistEntry(row);
};

export function waitlistHandlers({ db, now }: ServiceDeps): WaitlistHandlers {
  return {
    'waitlist.list': ({ category, clientId, includeClosed, limit }) => ({
      entries: listWaitlist(db, { category, clientId, includeClosed: includeClosed ?? false, limit: limit ?? 200 }).map(waitlistEntry),
    }),

    'waitlist.join': ({ clientId, category, requestedOn, note }, call) => {
      const id = immediateWrite(db, now, call, (tx, audit) => {
        if (!findClient(tx, clientId)) throw notFound('clients.notFound');
        if (freeItemRows(tx, category).length > 0) throw conflict('waitlist.itemFree');
        if (openRequestOf(tx, clientId, category)) throw conflict('waitlist.alreadyWaiting');
        const at = now().toISOString();
        const row = insertWaitlist(tx, { clientId, category, requestedOn, note: note || null, status: 'waiting', createdAt: at, updatedAt: at });
        audit({ entity: 'equipment_waitlist', entityId: row.id, after: row });
        return row.id;
      });
      return entryOf(waitlistView(db, id));
    },

    'waitlist.cancel': ({ id }, call) => {
      immediateWrite(db, now, call, (tx, audit) => {
        const before = findWaitlist(tx, id);
        if (!before) throw notFound('waitlist.notFound');
        if (before.status !== 'waiting' && before.status !== 'offered') throw conflict('waitlist.closed');
        const at = now().toISOString();
        const after = updateWaitlist(tx, id, { status: 'cancelled', updatedAt: at });
        audit({ entity: 'equipment_waitlist', entityId: id, before, after });
        // The item this request was offered now goes to the next one waiting.
        if (before.status === 'offered') offerFreeItems(tx, audit, before.category, at);
      });
      return entryOf(waitlistView(db, id));
    },

    'waitlist.serve': ({ id, handedOverOn, expectedReturnOn, condition, accessories }, call) => {
      const loanId = immediateWrite(db, now, call, (tx, audit) => {
        const request = findWaitlist(tx, id);
        if (!request) throw notFound('waitlist.notFound');
        if (request.status !== 'offered' || request.offeredItemId === null) throw conflict('waitlist.notOffered');
        return lendItem(tx, audit, { itemId: request.offeredItemId, clientId: request.clientId, handedOverOn, expectedReturnOn, condition, accessories }, call.actor().id, now().toISOString());
      });
      return loanView(db, loanId, localIsoDate(now()));
    },
  };
}
