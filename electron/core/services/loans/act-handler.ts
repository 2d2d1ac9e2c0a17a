import { getCentre } from '#db/queries/centre';
import { findClient } from '#db/queries/clients';
import { findLoan } from '#db/queries/loans';
import { itemById } from '#db/queries/equipment-items';
import { localIsoDate } from '#shared/domain/dates';
import { notFound, unauthenticated } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { immediateWrite } from '../bookings/immediate-write';
import { loanView } from './loan-view';

type ActHandlers = Pick<Handlers, 'loans.actPdf'>;

/**
 * The hand-over act of a loan, in the client's language unless the caller picks one: the print route
 * renders it on A4. Producing it is audited like a print, since it carries the client's personal code.
 */
export function actHandlers({ db, now }: ServiceDeps): ActHandlers {
  return {
    'loans.actPdf': ({ loanId, language }, call) =>
      immediateWrite(db, now, call, (tx, audit) => {
        const loan = findLoan(tx, loanId);
        if (!loan) throw notFound('loans.notFound');
        const centre = getCentre(tx);
        if (!centre) throw unauthenticated();
        const client = findClient(tx, loan.clientId)!;
        const item = itemById(tx, loan.itemId)!;
        const actLanguage = language ?? client.language;
        audit({ entity: 'print', entityId: `loan-act:${loanId}`, after: { document: 'loan-act', loanId, language: actLanguage } });
        return {
          centre: { name: centre.name, country: centre.country },
          language: actLanguage,
          generatedAt: now().toISOString(),
          loan: loanView(tx, loanId, localIsoDate(now())),
          client: { firstName: client.firstName, lastName: client.lastName, personalCode: client.personalCode, address: client.address, phone: client.phone },
          item: { inventoryNumber: item.inventoryNumber, name: item.name, category: item.category, manufacturer: item.manufacturer, model: item.model, serialNumber: item.serialNumber },
        };
      }),
  };
}
