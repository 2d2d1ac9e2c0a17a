import { asc, eq } from 'drizzle-orm';
import { staff } from '#db/schema/staff';
import { addDays, isoWeekday, localDate } from '#shared/domain/local-date';
import type { MethodInput, MethodName, MethodOutput } from '#shared/contract/index';
import type { Core } from '../core';
import { fixedSession, type CallContext } from '../call-context';
import { insertClient, insertDecision } from './board-fixtures';

/** A participant's long observation history, for the chart's e2e and bench: about five years of weekdays. */
export const historyDays = 1200;
export const historyClient = { firstName: 'Vilma', lastName: 'Ilgā' } as const;

/**
 * One client with a dementia day-centre decision, a Monday–Friday group and `days` group days before
 * the core's today, each with the programme from the weekly template and the client's observations:
 * mood and engagement as slow waves (so the chart's lines cross the whole plot), a behaviour about one day
 * in twenty. Groups, programmes and observations go through the services, as staff make them; the client
 * and decision are written as the other dementia seeds write them. Returns the client's id.
 */
export async function seedObservationHistory(core: Core, days = historyDays): Promise<number> {
  const admin = core.db.select().from(staff).where(eq(staff.role, 'administrator')).orderBy(asc(staff.id)).get();
  if (!admin) throw new Error('seedObservationHistory: the centre has no administrator');
  const ctx: CallContext = { session: fixedSession(admin), language: 'lv', origin: 'seed' };
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await core.dispatch(method, input, ctx);
    if (!result.ok) throw new Error(`seedObservationHistory: ${method} failed: ${result.error.code}`);
    return result.data as MethodOutput<M>;
  };
  const today = localDate(core.now());
  // Five weekdays a week: `days` of them reach back this many calendar days, and a little more.
  const first = addDays(today, -Math.ceil((days * 7) / 5) - 14);
  const clientId = insertClient(core.db, { ...historyClient, language: 'lv' });
  insertDecision(core.db, { clientId, service: 'dementia-day-centre', validFrom: first, plannedWeekdays: [1, 2, 3, 4, 5] });
  const { group } = await call('dementia.groups.create', {
    name: 'Ilgā grupa', room: '', capacity: 12, weekdays: [1, 2, 3, 4, 5], opensAt: '08:30', closesAt: '16:00', collectAlarmDelayMinutes: 30, staffIds: [],
  });
  await call('dementia.groups.setMembers', { groupId: group.id, clientIds: [clientId] });
  const { items } = await call('dementia.catalogue.list', {});
  for (let weekday = 1; weekday <= 5; weekday++) {
    await call('dementia.template.set', { groupId: group.id, weekday, slots: [{ startTime: '09:00', endTime: '10:00', itemId: items[weekday % items.length]!.id }] });
  }
  let seeded = 0;
  for (let date = addDays(today, -1); seeded < days; date = addDays(date, -1)) {
    if (isoWeekday(date) > 5) continue;
    const day = await call('dementia.programme.fromTemplate', { groupId: group.id, date });
    const n = seeded++;
    const mood = Math.max(1, Math.min(5, Math.round(3 + 1.8 * Math.sin(n / 23))));
    const engagement = Math.max(1, Math.min(4, Math.round(2.5 + 1.4 * Math.cos(n / 31))));
    await call('dementia.observations.save', {
      sessionId: day.sessionId!,
      rows: [{ clientId, mood, engagement, appetite: 3, sleepiness: 1, behaviours: n % 20 === 7 ? ['agitation'] : [], helped: '', note: n % 50 === 0 ? 'Mierīga diena.' : '' }],
    });
  }
  return clientId;
}
