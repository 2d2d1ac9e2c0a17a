import { findLoan, setItemStatus, updateLoan, insertExtension } from '#db/queries/loans';
import { itemById } from '#db/queries/equipment-items';
import { localIsoDate } from '#shared/domain/dates';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { immediateWrite } from '../bookings/immediate-write';
import { listLoans, loanView } from './loan-view';
import { lendItem } from './lend';

type LoanHandlers = Pick<Handlers, 'loans.list' | 'loans.lend' | 'loans.return' | 'loans.extend'>;

const orNull = (value: string | undefined) => (value ? value : null);

export function loanHandlers({ db, now }: ServiceDeps): LoanHandlers {
  const today = () => localIsoDate(now());
  return {
    'loans.list': ({ filter, clientId, itemId, category, limit }) => ({
      loans: listLoans(db, { filter, clientId, itemId, category, today: today(), limit: limit ?? 200 }),
    }),

    'loans.lend': (input, call) => {
      const id = immediateWrite(db, now, call, (tx, audit) => lendItem(tx, audit, input, call.actor().id, now().toISOString()));
      return loanView(db, id, today());
    },

    'loans.return': ({ loanId, returnedOn, condition, damage, note }, call) => {
      immediateWrite(db, now, call, (tx, audit) => {
        const before = findLoan(tx, loanId);
        if (!before) throw notFound('loans.notFound');
        if (before.returnedOn) throw conflict('loans.alreadyReturned');
        if (returnedOn < before.handedOverOn) throw conflict('loans.returnBeforeHandOver', { date: before.handedOverOn });
        const at = now().toISOString();
        const after = updateLoan(tx, loanId, { returnedOn, conditionIn: condition, damage, returnNote: orNull(note), receivedBy: call.actor().id, updatedAt: at });
        audit({ entity: 'equipment_loan', entityId: loanId, before, after });
        // A lost device cannot be cleaned: it leaves service until the manager writes it off or it turns up.
        const status = damage === 'lost' ? 'out-of-service' : 'needs-cleaning';
        const item = itemById(tx, before.itemId)!;
        setItemStatus(tx, item.id, status, at);
        audit({ entity: 'equipment_item', entityId: item.id, before: { status: item.status }, after: { status } });
      });
      return loanView(db, loanId, today());
    },

    'loans.extend': ({ loanId, expectedReturnOn, reason }, call) => {
      immediateWrite(db, now, call, (tx, audit) => {
        const before = findLoan(tx, loanId);
        if (!before) throw notFound('loans.notFound');
        if (before.returnedOn) throw conflict('loans.alreadyReturned');
        if (expectedReturnOn < before.handedOverOn) throw conflict('loans.returnBeforeHandOver', { date: before.handedOverOn });
        const at = now().toISOString();
        const extension = insertExtension(tx, { loanId, previousReturnOn: before.expectedReturnOn, newReturnOn: expectedReturnOn, reason: orNull(reason), staffId: call.actor().id, createdAt: at });
        audit({ entity: 'equipment_loan_extension', entityId: extension.id, after: extension });
        const after = updateLoan(tx, loanId, { expectedReturnOn, updatedAt: at });
        audit({ entity: 'equipment_loan', entityId: loanId, before, after });
      });
      return loanView(db, loanId, today());
    },
  };
}
