import type { MethodInput, MethodName, MethodOutput } from '#shared/contract/index';
import { findStaffByUsername } from '#db/queries/staff';
import { addMonths } from '#shared/domain/equipment-due';
import { addDays, isoWeekday, localDate } from '#shared/domain/local-date';
import type { Core } from '../core';
import { fixedSession, type CallContext } from '../call-context';

type ScheduleInput = Omit<MethodInput<'equipment.schedules.create'>, 'itemId'>;

interface Plan {
  category: string;
  schedule: ScheduleInput;
  /** Months before the demo's today of the last one done (negative: not yet due soon). */
  lastDoneMonthsAgo: number;
  performedBy: string;
  work: string;
  costCents?: number;
}

const supplier = (name: string, contact: string) => ({ responsibleKind: 'supplier' as const, supplierName: name, supplierContact: contact });

/**
 * The schedules the seeds' equipment needs (issue 15): the lift platform's yearly technical inspection
 * by its supplier (due within the month on the demo's day), the hoist's half-yearly sling check
 * (overdue, so its warning shows), the hydromassage bed descaled every 3 months by staff, the washing
 * machines' service every 12 months, the dryers' lint filters every 30 days.
 */
const plans: Plan[] = [
  { category: 'lift-platform', schedule: { title: 'Tehniskā apskate', kind: 'safety-inspection', intervalUnit: 'months', intervalValue: 12, blocksUse: true, ...supplier('SIA Liftu serviss', '+371 26 123 456, serviss@liftuserviss.lv') }, lastDoneMonthsAgo: 11.5, performedBy: 'J. Meistars (SIA Liftu serviss)', work: 'Ikgadējā tehniskā apskate, bremžu un drošības slēdžu pārbaude', costCents: 18_000 },
  { category: 'hoist', schedule: { title: 'Siksnu un stiprinājumu pārbaude', kind: 'safety-inspection', intervalUnit: 'months', intervalValue: 6, blocksUse: true, ...supplier('SIA Palīglīdzekļi', '+371 67 000 111') }, lastDoneMonthsAgo: 6.5, performedBy: 'SIA Palīglīdzekļi', work: 'Siksnu, āķu un akumulatora pārbaude' },
  { category: 'hydromassage-bed', schedule: { title: 'Atkaļķošana', kind: 'cleaning', intervalUnit: 'months', intervalValue: 3, blocksUse: false, ...supplier('SIA Rehabilitācijas tehnika', '+371 29 555 010') }, lastDoneMonthsAgo: 2, performedBy: 'Ilze (aprūpētāja)', work: 'Sprauslu atkaļķošana un dezinfekcija' },
  { category: 'washing-machine', schedule: { title: 'Servisa apkope', kind: 'maintenance', intervalUnit: 'months', intervalValue: 12, blocksUse: false, ...supplier('SIA Profesionālā veļas tehnika', '+371 67 222 333') }, lastDoneMonthsAgo: 4, performedBy: 'SIA Profesionālā veļas tehnika', work: 'Gultņu, blīvju un sūkņa pārbaude', costCents: 6_500 },
  { category: 'dryer', schedule: { title: 'Plūksnu filtra tīrīšana', kind: 'cleaning', intervalUnit: 'days', intervalValue: 30, blocksUse: false, ...supplier('SIA Profesionālā veļas tehnika', '+371 67 222 333') }, lastDoneMonthsAgo: 0.5, performedBy: 'Veļas mazgātavas darbiniece', work: 'Filtra un ventilācijas kanāla tīrīšana' },
];

/** Schedules, their history since purchase, and two months of uses, through the services, by the demo's clock. */
export async function seedDemoEquipmentMaintenance(core: Core, adminUsername: string): Promise<void> {
  const admin = findStaffByUsername(core.db, adminUsername);
  if (!admin) throw new Error('demo administrator missing');
  const ctx: CallContext = { session: fixedSession(admin), language: 'lv', origin: 'demo' };
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await core.dispatch(method, input, ctx);
    if (!result.ok) throw new Error(`demo ${method} failed: ${result.error.code}`);
    return result.data as MethodOutput<M>;
  };
  const today = localDate(core.now());
  const { items } = await call('equipment.usage.items', {});
  for (const plan of plans) {
    for (const item of items.filter((i) => i.category === plan.category)) {
      const schedule = await call('equipment.schedules.create', { itemId: item.id, ...plan.schedule });
      // Done on time since the start, the last one `lastDoneMonthsAgo` before today.
      const last = addDays(addMonths(today, -Math.floor(plan.lastDoneMonthsAgo)), -Math.round((plan.lastDoneMonthsAgo % 1) * 30));
      const step = (date: string, back: number) => (plan.schedule.intervalUnit === 'days' ? addDays(date, -back * plan.schedule.intervalValue) : addMonths(date, -back * plan.schedule.intervalValue));
      const dates: string[] = [];
      for (let back = 0; back < 12; back++) {
        const date = step(last, back);
        if (date <= schedule.startsOn) break;
        dates.unshift(date);
      }
      for (const doneOn of dates) {
        await call('equipment.maintenance.record', {
          itemId: item.id,
          scheduleId: schedule.id,
          doneOn,
          performedBy: plan.performedBy,
          work: plan.work,
          costCents: plan.costCents ?? null,
          documentRef: plan.costCents ? `Akts ${doneOn.slice(0, 7)}` : '',
          result: 'ok',
        });
      }
    }
  }

  // Two months of uses: hydromassage sessions for the clients (30 minutes), laundry loads without a client.
  const { clients } = await call('clients.list', { status: 'active' });
  const bed = items.find((i) => i.category === 'hydromassage-bed');
  const washer = items.find((i) => i.category === 'washing-machine');
  let turn = 0;
  for (let day = addDays(today, -60); day < today; day = addDays(day, 1)) {
    const weekday = isoWeekday(day);
    if (weekday > 5) continue;
    if (bed && clients.length > 0 && (weekday === 2 || weekday === 4)) {
      for (const [n, time] of ['10:00', '10:45', '11:30'].entries()) {
        const client = clients[(turn + n) % Math.min(clients.length, 12)]!;
        await call('equipment.usage.log', { itemId: bed.id, clientId: client.id, usedOn: day, startedAt: time, minutes: 30 });
      }
      turn += 3;
    }
    if (washer) await call('equipment.usage.log', { itemId: washer.id, usedOn: day, minutes: 90, note: 'Gultasveļa' });
  }
}
