import { getBuyer, getSeller, listBuyers, saveBuyer, saveSeller } from '#db/queries/einvoice-parties';
import type { Handlers } from '../../dispatcher';
import { audited } from '../audited';
import type { ServiceDeps } from '../service-deps';

type PartyHandlers = Pick<Handlers, 'exports.invoiceParties' | 'exports.setSeller' | 'exports.setBuyer'>;

/** The e-invoice's seller and buyers: read by managers, kept by administrators, every change audited. */
export function invoicePartiesHandlers({ db, now }: ServiceDeps): PartyHandlers {
  return {
    'exports.invoiceParties': () => {
      const row = getSeller(db);
      const { id: _id, updatedAt: _updated, ...seller } = row ?? { id: 0, updatedAt: '' };
      return {
        seller: row ? (seller as Omit<NonNullable<typeof row>, 'id' | 'updatedAt'>) : null,
        buyers: listBuyers(db).map(({ updatedAt: _u, ...b }) => b),
      };
    },
    'exports.setSeller': (input, call) =>
      audited(db, now, call)((tx, audit) => {
        const before = getSeller(tx) ?? null;
        const after = saveSeller(tx, { ...input, updatedAt: now().toISOString() });
        audit({ entity: 'einvoice-seller', entityId: 1, before, after });
        return {};
      }),
    'exports.setBuyer': (input, call) =>
      audited(db, now, call)((tx, audit) => {
        const before = getBuyer(tx, input.payer) ?? null;
        const after = saveBuyer(tx, { ...input, updatedAt: now().toISOString() });
        audit({ entity: 'einvoice-buyer', entityId: input.payer, before, after });
        return {};
      }),
  };
}
