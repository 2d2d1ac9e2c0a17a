import { asc, eq, and } from 'drizzle-orm';
import { staff } from '#db/schema/staff';
import { clients } from '#db/schema/clients';
import type { MethodInput, MethodName, MethodOutput } from '#shared/contract/index';
import { addDays, isoWeekday, localDate } from '#shared/domain/local-date';
import { behaviourKinds, type BehaviourKind } from '#shared/domain/dementia';
import type { Core } from '../core';
import { fixedSession, type CallContext } from '../call-context';

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M> | null>;

/** A small deterministic generator, so every demo has the same plausible numbers. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(value)));
const dayPlans: [string, string, string][][] = [
  [['09:00', '09:45', 'reminiscence'], ['10:00', '10:45', 'movement'], ['11:00', '12:00', 'meal-preparation'], ['13:00', '13:45', 'rest'], ['14:00', '15:00', 'music']],
  [['09:00', '09:45', 'cognitive-stimulation'], ['10:00', '11:00', 'walk'], ['11:15', '12:00', 'handicraft'], ['13:00', '13:45', 'rest'], ['14:00', '15:00', 'reminiscence']],
];
const notes = ['Mierīga visu dienu, labprāt dziedāja.', 'No rīta satraukta, pēc pastaigas nomierinājās.', 'Stāstīja par jaunību laukos.', 'Meklēja meitu, jautāja, kad brauks mājās.', 'Palīdzēja klāt galdu.'];
const helps = ['pastaiga svaigā gaisā', 'mīļākā dziesma', 'fotoalbums', 'tēja un saruna', 'kluss stūrītis'];

/**
 * Issue 14, the demo: some clients get a dementia day-centre decision (through the decisions service),
 * two groups (Monday–Wednesday and Thursday–Friday) with members, staff and a weekly template, and two
 * months of days: the programme from the template and observations with gentle trends (one participant
 * slowly brighter, another more restless), now and then a behaviour and a note. All by the demo clock.
 */
export async function seedDemoDementia(core: Core): Promise<void> {
  const admin = core.db.select().from(staff).where(eq(staff.role, 'administrator')).orderBy(asc(staff.id)).get();
  if (!admin) return;
  const ctx: CallContext = { session: fixedSession(admin), language: 'lv', origin: 'demo' };
  const call: Call = async (method, input) => {
    const result = await core.dispatch(method, input, ctx);
    return result.ok ? (result.data as MethodOutput<typeof method>) : null;
  };
  const today = localDate(core.now());
  const start = addDays(today, -61);

  const have = (await call('dementia.groups.candidates', {}))?.clients ?? [];
  if (have.length < 8) {
    const others = core.db.select({ id: clients.id }).from(clients).where(and(eq(clients.status, 'active'))).orderBy(asc(clients.id)).all().filter((c) => !have.some((h) => h.clientId === c.id));
    for (const [i, c] of others.slice(0, 8 - have.length).entries()) {
      await call('decisions.create', {
        clientId: c.id, service: 'dementia-day-centre', payingMunicipality: 'LV-aizkraukle', decisionNumber: `DDC-${today.slice(0, 4)}-${String(i + 1).padStart(3, '0')}`,
        decisionDate: addDays(start, -7), validFrom: addDays(start, -1), validTo: '', plannedWeekdays: [1, 2, 3, 4, 5], exemption: 'none', exemptionUntil: '',
      });
    }
  }
  const candidates = (await call('dementia.groups.candidates', {}))?.clients ?? [];
  if (candidates.length === 0) return;
  const carers = core.db.select({ id: staff.id }).from(staff).where(and(eq(staff.active, true))).orderBy(asc(staff.id)).all().map((s) => s.id);
  const catalogue = (await call('dementia.catalogue.list', {}))?.items ?? [];
  const itemId = (code: string) => catalogue.find((i) => i.code === code)?.id ?? catalogue[0]!.id;

  const half = Math.ceil(candidates.length / 2);
  const groups = [
    { name: 'Atmiņu grupa (P–T)', room: 'Zaļā istaba', weekdays: [1, 2, 3], members: candidates.slice(0, half) },
    { name: 'Dārza grupa (C–Pk)', room: 'Saules istaba', weekdays: [4, 5], members: candidates.slice(half) },
  ];
  for (const [g, plan] of groups.entries()) {
    if (plan.members.length === 0) continue;
    const created = await call('dementia.groups.create', {
      name: plan.name, room: plan.room, capacity: 12, weekdays: plan.weekdays, opensAt: '08:30', closesAt: '16:00', collectAlarmDelayMinutes: 30,
      staffIds: carers.slice(g, g + 2),
    });
    if (!created) continue;
    const groupId = created.group.id;
    await call('dementia.groups.setMembers', { groupId, clientIds: plan.members.map((m) => m.clientId) });
    for (const [w, weekday] of plan.weekdays.entries()) {
      const slots = dayPlans[(w + g) % dayPlans.length]!.map(([startTime, endTime, code]) => ({ startTime, endTime, itemId: itemId(code) }));
      await call('dementia.template.set', { groupId, weekday, slots });
    }
    const rnd = random(1400 + g);
    for (let date = start; date < today; date = addDays(date, 1)) {
      if (!plan.weekdays.includes(isoWeekday(date))) continue;
      const day = await call('dementia.programme.fromTemplate', { groupId, date });
      if (!day?.sessionId) continue;
      const progress = (Date.parse(date) - Date.parse(start)) / (Date.parse(today) - Date.parse(start));
      const rows = day.participants.map((p, i) => {
        // Participant 0 grows brighter over the two months, participant 1 more restless; the rest hold steady.
        const trend = i === 0 ? progress * 1.5 : i === 1 ? -progress * 1.5 : 0;
        const mood = clamp(3 + trend + (rnd() - 0.5) * 1.6, 1, 5);
        const engagement = clamp(2.5 + trend * 0.8 + (rnd() - 0.5) * 1.4, 1, 4);
        const behaviours = behaviourKinds.filter((b: BehaviourKind) => rnd() < (b === 'fall' ? 0.01 : i === 1 ? 0.05 + progress * 0.15 : 0.04));
        const noted = rnd() < 0.25 || behaviours.length > 0;
        return {
          clientId: p.clientId, mood, engagement, appetite: clamp(3 + (rnd() - 0.4) * 1.5, 1, 4), sleepiness: clamp(1.4 + (rnd() - 0.3) * 1.2, 1, 3), behaviours,
          helped: behaviours.length > 0 ? helps[Math.floor(rnd() * helps.length)]! : '', note: noted ? notes[Math.floor(rnd() * notes.length)]! : '',
        };
      });
      if (rows.length) await call('dementia.observations.save', { sessionId: day.sessionId, rows });
    }
  }
}
