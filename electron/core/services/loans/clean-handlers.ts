import { freeItemRows, insertCleaning, listLoanRows, phonesOfClient, setItemStatus } from '#db/queries/loans';
import { itemById } from '#db/queries/equipment-items';
import { waitlistView } from '#db/queries/waitlist';
import { localIsoDate } from '#shared/domain/dates';
import type { Db } from '#db/client';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { immediateWrite } from '../bookings/immediate-write';
import { loanViews } from './loan-view';
import { offerToOldest } from './offer';
import { waitlistEntry } from './waitlist-handlers';

type CleanHandlers = Pick<Handlers, 'loans.clean' | 'loans.overdue' | 'loans.freeItems'>;

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

function lastReturnOf(db: Db, itemId: number): { id: number; returnedOn: string } | undefined {
  return db.$client
    .prepare('SELECT id, returned_on AS returnedOn FROM equipment_loan WHERE item_id = ? AND returned_on IS NOT NULL ORDER BY returned_on DESC, id DESC LIMIT 1')
    .get(itemId) as { id: number; returnedOn: string } | undefined;
}

export function cleanHandlers({ db, now }: ServiceDeps): CleanHandlers {
  const today = () => localIsoDate(now());
  return {
    /** The gate between a returned device and its next loan: who cleaned it, when, how. */
    'loans.clean': ({ itemId, cleanedOn, method, note }, call) => {
      const offeredId = immediateWrite(db, now, call, (tx, audit) => {
        const item = itemById(tx, itemId);
        if (!item) throw notFound('loans.itemNotFound');
        if (item.status !== 'needs-cleaning') throw conflict('loans.notNeedsCleaning', { number: item.inventoryNumber });
        const last = lastReturnOf(tx, itemId);
        if (last && cleanedOn < last.returnedOn) throw conflict('loans.cleanedBeforeReturn', { date: last.returnedOn });
        const at = now().toISOString();
        const cleaning = insertCleaning(tx, { itemId, loanId: last?.id ?? null, cleanedOn, method, note: note || null, staffId: call.actor().id, createdAt: at });
        audit({ entity: 'equipment_cleaning', entityId: cleaning.id, after: cleaning });
        setItemStatus(tx, itemId, 'in-storage', at);
        audit({ entity: 'equipment_item', entityId: itemId, before: { status: item.status }, after: { status: 'in-storage' } });
        return offerToOldest(tx, audit, item, at)?.id ?? null;
      });
      const offered = offeredId === null ? undefined : waitlistView(db, offeredId);
      return { itemId, status: 'in-storage', offeredTo: offered ? waitlistEntry(offered) : null };
    },

    'loans.overdue': () => {
      const day = today();
      const rows = listLoanRows(db, { filter: 'overdue', today: day, limit: 500 });
      return {
        loans: loanViews(db, rows, day).map((loan) => ({
          ...loan,
          phones: phonesOfClient(db, loan.clientId),
          daysOverdue: daysBetween(loan.expectedReturnOn ?? day, day),
        })),
      };
    },

    'loans.freeItems': ({ category }) => ({ items: freeItemRows(db, category) }),
  };
}
