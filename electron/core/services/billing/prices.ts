import { deletePrice, findPrice, insertPrice, pricesOf, updatePrice, allPrices, type PriceRow } from '#db/queries/billing';
import { addDays } from '#shared/domain/dates';
import { catalogueServiceUnits } from '#shared/domain/service-units';
import type { MethodParsedInput } from '#shared/contract/index';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';
import { periodProblem } from './price-periods';

type PriceHandlers = Pick<Handlers, 'prices.list' | 'prices.save' | 'prices.remove'>;

const view = ({ createdAt: _c, updatedAt: _u, ...price }: PriceRow) => price;

function assertPeriods(rows: readonly { validFrom: string; validTo: string | null }[]): void {
  const problem = periodProblem(rows);
  if (problem) throw conflict(problem.code, { from: problem.from, to: problem.to });
}

export function priceHandlers({ db, now }: ServiceDeps): PriceHandlers {
  return {
    'prices.list': () => ({ prices: allPrices(db).map(view), units: [...catalogueServiceUnits] }),

    'prices.save': (input: MethodParsedInput<'prices.save'>, call) => {
      const price = audited(db, now, call)((tx, audit) => {
        const at = now().toISOString();
        const { id, ...values } = input;
        const siblings = pricesOf(tx, values.serviceUnit, values.payerCategory).filter((p) => p.id !== id);
        if (id !== undefined) {
          const before = findPrice(tx, id);
          if (!before) throw notFound('prices.notFound');
          assertPeriods([...siblings, values]);
          const row = updatePrice(tx, id, { ...values, updatedAt: at });
          audit({ entity: 'price', entityId: id, before, after: row });
          return row;
        }
        // A new price after an open-ended one is a price change: the old one ends the day before.
        const open = siblings.find((p) => p.validTo === null && p.validFrom < values.validFrom);
        const closed = open ? { ...open, validTo: addDays(values.validFrom, -1) } : undefined;
        assertPeriods([...siblings.map((p) => (p.id === closed?.id ? closed : p)), values]);
        if (open && closed) {
          const after = updatePrice(tx, open.id, { validTo: closed.validTo, updatedAt: at });
          audit({ entity: 'price', entityId: open.id, before: open, after });
        }
        const row = insertPrice(tx, { ...values, createdAt: at, updatedAt: at });
        audit({ entity: 'price', entityId: row.id, after: row });
        return row;
      });
      return { price: view(price) };
    },

    'prices.remove': ({ id }, call) => {
      audited(db, now, call)((tx, audit) => {
        const before = findPrice(tx, id);
        if (!before) throw notFound('prices.notFound');
        // Removing a period from the middle would leave a gap; the last one may go.
        assertPeriods(pricesOf(tx, before.serviceUnit, before.payerCategory).filter((p) => p.id !== id));
        deletePrice(tx, id);
        audit({ entity: 'price', entityId: id, before });
      });
      return {};
    },
  };
}
