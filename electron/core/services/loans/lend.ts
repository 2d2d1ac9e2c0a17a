import type { Db } from '#db/client';
import type { RecordAudit } from '#db/write';
import { insertLoan, setItemStatus } from '#db/queries/loans';
import { findClient } from '#db/queries/clients';
import { offerOfItem, openRequestOf, updateWaitlist } from '#db/queries/waitlist';
import { notFound } from '../../app-error';
import { assertLendable } from './lendable';

const orNull = <T>(value: T | undefined | ''): T | null => (value === undefined || value === '' ? null : value);

export interface LendInput {
  itemId: number;
  clientId: number;
  handedOverOn: string;
  expectedReturnOn?: string | undefined;
  condition: string;
  accessories?: string | undefined;
  depositCents?: number | undefined;
  feeCents?: number | undefined;
  note?: string | undefined;
}

/**
 * Lends an item inside the caller's transaction: the item goes to `lent-out`, and a waiting-list offer
 * of it to this client is served by the loan.
 */
export function lendItem(tx: Db, audit: RecordAudit, input: LendInput, staffId: number, at: string): number {
  if (!findClient(tx, input.clientId)) throw notFound('clients.notFound');
  const item = assertLendable(tx, input.itemId, input.clientId);
  const loan = insertLoan(tx, {
    itemId: input.itemId,
    clientId: input.clientId,
    handedOverOn: input.handedOverOn,
    expectedReturnOn: orNull(input.expectedReturnOn),
    conditionOut: input.condition,
    accessories: orNull(input.accessories),
    depositCents: input.depositCents ?? null,
    feeCents: input.feeCents ?? null,
    note: orNull(input.note),
    handedOverBy: staffId,
    createdAt: at,
    updatedAt: at,
  });
  audit({ entity: 'equipment_loan', entityId: loan.id, after: loan });
  setItemStatus(tx, item.id, 'lent-out', at);
  audit({ entity: 'equipment_item', entityId: item.id, before: { status: item.status }, after: { status: 'lent-out' } });
  // The client's own request of this category is served by the loan, whether it was offered this item or not.
  const offer = offerOfItem(tx, item.id) ?? openRequestOf(tx, input.clientId, item.category);
  if (offer && offer.clientId === input.clientId) {
    const served = updateWaitlist(tx, offer.id, { status: 'served', loanId: loan.id, updatedAt: at });
    audit({ entity: 'equipment_waitlist', entityId: offer.id, before: offer, after: served });
  }
  return loan.id;
}
