import { asc, eq } from 'drizzle-orm';
import { staff } from '#db/schema/staff';
import { serviceDecisions } from '#db/schema/service-decisions';
import type { MethodInput, MethodName, MethodOutput } from '#shared/contract/index';
import { addDays, localDate } from '#shared/domain/local-date';
import type { Core } from '../core';
import { fixedSession, type CallContext } from '../call-context';

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M> | null>;

function adminCall(core: Core): Call | null {
  const admin = core.db.select().from(staff).where(eq(staff.role, 'administrator')).orderBy(asc(staff.id)).get();
  if (!admin) return null;
  const ctx: CallContext = { session: fixedSession(admin), language: 'lv', origin: 'demo' };
  return async (method, input) => {
    const result = await core.dispatch(method, input, ctx);
    return result.ok ? (result.data as MethodOutput<typeof method>) : null;
  };
}

const carerNames = ['Ilze Ozola', 'Andris Liepa', 'Natālija Kalniņa', 'Rūta Petraitienė', 'Ольга Смирнова', 'Jānis Egle', 'Marta Krūmiņa', 'Pēteris Vanags'];
const idHints = ['uzrāda pasi', 'pazīstama no ikdienas', 'uzrāda ID karti'];

/**
 * Dementia-group clients get a main family carer who may collect them (with an ID hint), so the demo's
 * departures become hand-overs and respite hours add up. Runs before the attendance demo.
 */
export async function seedDemoCarers(core: Core): Promise<void> {
  const call = adminCall(core);
  if (!call) return;
  const clientIds = [...new Set(core.db.select({ id: serviceDecisions.clientId }).from(serviceDecisions).where(eq(serviceDecisions.service, 'dementia-day-centre')).all().map((r) => r.id))];
  for (const [i, clientId] of clientIds.entries()) {
    const relatives = (await call('relatives.list', { clientId }))?.relatives ?? [];
    const collector = relatives.find((r) => r.canCollect) ?? relatives[0];
    const hint = idHints[i % idHints.length] ?? '';
    if (collector) {
      const { id, clientId: _c, ...fields } = collector;
      await call('relatives.update', {
        id, ...fields, phone: fields.phone ?? '', phoneAlt: fields.phoneAlt ?? '', address: fields.address ?? '', language: fields.language ?? '',
        note: fields.note ?? '', canCollect: true, mainCarer: true, idHint: hint,
      });
    } else {
      await call('relatives.create', {
        clientId, name: carerNames[i % carerNames.length] ?? 'Ilze Ozola', relation: 'child', phone: `+371 2${String(9100000 + i * 7919).slice(0, 7)}`,
        canCollect: true, emergencyContact: true, priority: 1, mainCarer: true, idHint: hint,
      });
    }
  }
}

/**
 * A departure as the demo's attendance writes it: a dementia-group client is handed over to their
 * authorised carer (now and then, on the 15th, to a neighbour with the administrator's approval).
 */
export async function demoDeparture(call: <M extends MethodName>(method: M, input: MethodInput<M>) => ReturnType<Core['dispatch']>, clientId: number, date: string, time: string) {
  const info = await call('attendance.collectors', { clientId, date });
  const collectors = info.ok ? (info.data as MethodOutput<'attendance.collectors'>) : null;
  const first = collectors?.collectors[0];
  if (!collectors?.handOverRequired || !first) return call('attendance.checkOut', { clientId, date, time });
  if (date.endsWith('-15')) {
    return call('attendance.handOver', { clientId, date, time, collectedBy: 'Rasma Ozoliņa (kaimiņiene)', overrideReason: 'Meita slima, piezvanīja un lūdza kaimiņieni' });
  }
  return call('attendance.handOver', { clientId, date, time, collectedBy: first.relativeId });
}

/** Two incident reports in the last weeks: a fall (closed, its follow-up done) and a wandering attempt still open. */
export async function seedDemoIncidents(core: Core): Promise<void> {
  const call = adminCall(core);
  if (!call) return;
  const today = localDate(core.now());
  const dementia = core.db.select({ id: serviceDecisions.clientId }).from(serviceDecisions).where(eq(serviceDecisions.service, 'dementia-day-centre')).orderBy(asc(serviceDecisions.clientId)).all();
  const [first, second] = [dementia[0]?.id, dementia[1]?.id ?? dementia[0]?.id];
  const responsible = (await call('incidents.responsibles', {}))?.staff ?? [];
  const who = responsible[1]?.id ?? responsible[0]?.id;
  if (!first || !second || !who) return;
  const fallDay = addDays(today, -20);
  const fall = await call('incidents.create', {
    clientId: first, kind: 'fall', occurredOn: fallDay, occurredAt: '11:20', place: 'Koridors pie ēdamzāles',
    description: 'Klients paklupa uz paklāja stūra, piecēlās ar divu darbinieku palīdzību.', injuries: 'Nobrāzums uz labās delnas',
    familyInformedAt: `${fallDay}T12:05`, doctorInformedAt: `${fallDay}T13:30`, municipalityInformedAt: '',
    followUps: [{ action: 'Noņemt paklāju koridorā', responsibleId: who, dueOn: addDays(fallDay, 2) }],
  });
  if (fall) {
    const [followUp] = fall.incident.followUps;
    if (followUp) await call('incidents.completeFollowUp', { id: followUp.id });
    await call('incidents.close', { id: fall.incident.id, note: 'Paklājs noņemts, ģimene informēta.' });
  }
  const wanderDay = addDays(today, -3);
  await call('incidents.create', {
    clientId: second, kind: 'wandering', occurredOn: wanderDay, occurredAt: '14:40', place: 'Dārza vārti',
    description: 'Klients mēģināja iziet pa dārza vārtiem; darbiniece viņu pavadīja atpakaļ.', injuries: '',
    familyInformedAt: `${wanderDay}T15:10`, doctorInformedAt: '', municipalityInformedAt: '',
    followUps: [{ action: 'Uzstādīt vārtiem slēdzi', responsibleId: who, dueOn: addDays(today, 7) }, { action: 'Pārrunāt ar ģimeni', responsibleId: who, dueOn: addDays(today, -1) }],
  });
}
