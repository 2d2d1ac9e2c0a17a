import type { MethodInput, MethodName, MethodOutput } from '#shared/contract/index';
import { addDays, localIsoDate } from '#shared/domain/dates';
import { isoWeekday } from '#shared/domain/local-date';
import { previousMonth } from '#shared/domain/month';
import { findStaffByUsername } from '#db/queries/staff';
import type { Core } from '../core';
import { fixedSession, type CallContext } from '../call-context';

/** The demo centre's items of a category, from the register the equipment seeds filled. */
function itemsOf(core: Core, category: string): number[] {
  return core.db.$client.prepare("SELECT id FROM equipment_item WHERE category = ? AND status IN ('in-use', 'in-storage') ORDER BY id").pluck().all(category) as number[];
}

/**
 * Loans of assistive devices (one overdue, one returned and cleaned), a waiting list for wheelchairs,
 * and two months of hydromassage and shower-room bookings (past ones done or no-show), all through the
 * services, dated by the demo clock. Runs after the equipment seeds; without their items it books the
 * shower room only.
 */
export async function seedDemoLoans(core: Core, adminUsername: string): Promise<void> {
  const admin = findStaffByUsername(core.db, adminUsername);
  if (!admin) throw new Error('demo administrator missing');
  const ctx: CallContext = { session: fixedSession(admin), language: 'lv', origin: 'demo' };
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await core.dispatch(method, input, ctx);
    if (!result.ok) throw new Error(`demo ${method} failed: ${result.error.code}`);
    return result.data as MethodOutput<M>;
  };
  const tryCall = async <M extends MethodName>(method: M, input: MethodInput<M>) => (await core.dispatch(method, input, ctx)).ok;
  const today = localIsoDate(core.now());
  const { clients } = await call('clients.list', { status: 'active' });
  const people = clients.map((c) => c.id);
  if (people.length < 6) return;

  const wheelchairs = itemsOf(core, 'wheelchair');
  const walkers = itemsOf(core, 'walker');
  const lend = (itemId: number, clientId: number, handedOverOn: string, expectedReturnOn: string, condition: string) =>
    call('loans.lend', { itemId, clientId, handedOverOn, expectedReturnOn, condition, accessories: 'Kāju balsti, spilvens', depositCents: 2000 });
  // Every wheelchair out: one of them overdue since last week, so the manager's list has a call to make.
  for (const [i, itemId] of wheelchairs.entries()) {
    await lend(itemId, people[i % people.length]!, addDays(today, -60 + i * 7), i === 0 ? addDays(today, -6) : addDays(today, 30 + i * 7), 'Labs, bez bojājumiem');
  }
  // A walker lent, brought back with a loose brake, cleaned and lent again.
  const [walker] = walkers;
  if (walker !== undefined) {
    const first = await lend(walker, people[3]!, addDays(today, -40), addDays(today, -12), 'Labs');
    await call('loans.return', { loanId: first.id, returnedOn: addDays(today, -12), condition: 'Vaļīga bremze', damage: 'damaged', note: 'Kreisā bremze jāpievelk' });
    await call('loans.clean', { itemId: walker, cleanedOn: addDays(today, -11), method: 'disinfection', note: 'Rokturi un sēdeklis dezinficēti' });
    await lend(walker, people[4]!, addDays(today, -10), addDays(today, 50), 'Bremze pievilkta');
  }
  // With every wheelchair out, two clients wait for one, oldest request first.
  if (wheelchairs.length > 0) {
    await call('waitlist.join', { clientId: people[5]!, category: 'wheelchair', requestedOn: addDays(today, -9), note: 'Pēc gūžas operācijas' });
    await tryCall('waitlist.join', { clientId: people[6 % people.length]!, category: 'wheelchair', requestedOn: addDays(today, -3) });
  }

  const resources: { id: number; perDay: number }[] = [];
  const [bed] = itemsOf(core, 'hydromassage-bed');
  if (bed !== undefined) {
    const r = await call('resources.create', { name: 'Hidromasāžas gulta', itemId: bed, serviceUnit: 'hydromassage', slotMinutes: 30, opensAt: '09:00', closesAt: '15:00', weekdays: [1, 2, 3, 4, 5] });
    resources.push({ id: r.id, perDay: 5 });
  }
  const shower = await call('resources.create', { name: 'Dušas telpa', room: 'Dušas telpa', serviceUnit: 'shower', slotMinutes: 30, opensAt: '09:00', closesAt: '13:00', weekdays: [1, 2, 3, 4, 5] });
  resources.push({ id: shower.id, perDay: 3 });

  const from = `${previousMonth(today.slice(0, 7))}-01`;
  let n = 0;
  for (let date = from; date <= addDays(today, 14); date = addDays(date, 1)) {
    if (isoWeekday(date) > 5) continue;
    for (const resource of resources) {
      for (let slot = 0; slot < resource.perDay; slot++) {
        n++;
        const startTime = `${String(9 + slot).padStart(2, '0')}:${slot % 2 ? '30' : '00'}`;
        const booked = await core.dispatch('bookings.book', { resourceId: resource.id, clientId: people[n % people.length]!, date, startTime }, ctx);
        // A day the bed's inspection blocks it, or a slot already taken: the demo simply has no booking there.
        if (!booked.ok || date > today) continue;
        const id = (booked.data as { id: number }).id;
        if (n % 11 === 0) await tryCall('bookings.cancel', { id, reason: 'Klients slims' });
        else await tryCall('bookings.setStatus', { id, status: n % 9 === 0 ? 'no-show' : 'done' });
      }
    }
  }
}
