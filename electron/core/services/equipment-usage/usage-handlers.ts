import { listUsage, usableItems, usageCountsByMonth } from '#db/queries/equipment-usage';
import type { Usage } from '#shared/contract/equipment-maintenance';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';
import { recordUsage } from './record-usage';

type UsageHandlers = Pick<Handlers, 'equipment.usage.log' | 'equipment.usage.list' | 'equipment.usage.counts' | 'equipment.usage.items'>;

type UsageListRow = ReturnType<typeof listUsage>[number];

const usageView = ({ clientFirstName, clientLastName, ...row }: UsageListRow): Usage => ({
  ...row,
  clientName: clientFirstName === null ? null : `${clientFirstName} ${clientLastName ?? ''}`.trim(),
});

function monthsFrom(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 100; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to) break;
    out.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

export function usageHandlers({ db, now }: ServiceDeps): UsageHandlers {
  return {
    /** A use logged by the signed-in staff member, who ran it. */
    'equipment.usage.log': (fields, call) => {
      const id = audited(db, now, call)((_tx, audit) => recordUsage(db, { ...fields, staffId: call.actor().id }, audit).id);
      const row = listUsage(db, { id }, 1)[0];
      if (!row) throw new Error('logged use not found');
      return usageView(row);
    },

    'equipment.usage.list': ({ limit = 200, ...filter }) => ({ uses: listUsage(db, filter, limit).map(usageView) }),

    'equipment.usage.items': () => ({ items: usableItems(db) }),

    'equipment.usage.counts': ({ from, to, itemId }) => ({
      months: monthsFrom(from.slice(0, 7), to.slice(0, 7)),
      rows: usageCountsByMonth(db, from, to, itemId),
    }),
  };
}
