import type { Db } from '#db/client';
import { itemById, type EquipmentItemRow } from '#db/queries/equipment-items';
import { openLoanOfItem } from '#db/queries/loans';
import { offerOfItem } from '#db/queries/waitlist';
import { conflict, notFound } from '../../app-error';

/**
 * Whether an item may go out on loan now, as a translated refusal: lent, waiting for cleaning, written
 * off or out of service items stay; an item offered to a waiting client goes to that client only.
 */
export function assertLendable(db: Db, itemId: number, clientId: number): EquipmentItemRow {
  const item = itemById(db, itemId);
  if (!item) throw notFound('loans.itemNotFound');
  if (item.status === 'lent-out' || openLoanOfItem(db, itemId)) throw conflict('loans.itemLent', { number: item.inventoryNumber });
  if (item.status === 'needs-cleaning') throw conflict('loans.itemNeedsCleaning', { number: item.inventoryNumber });
  if (item.status === 'written-off') throw conflict('loans.itemWrittenOff', { number: item.inventoryNumber });
  if (item.status === 'out-of-service' || item.status === 'under-repair') throw conflict('loans.itemOutOfService', { number: item.inventoryNumber });
  const offer = offerOfItem(db, itemId);
  if (offer && offer.clientId !== clientId) throw conflict('loans.itemOffered', { number: item.inventoryNumber });
  return item;
}
