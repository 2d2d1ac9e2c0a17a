import { asc, eq } from 'drizzle-orm';
import { staff } from '#db/schema/staff';
import type { MethodInput, MethodName } from '#shared/contract/index';
import type { DayRow } from '#shared/contract/attendance';
import type { AbsenceReason } from '#shared/domain/attendance';
import { addDays, datesBetween, localDate } from '#shared/domain/local-date';
import type { Core } from '../core';
import { fixedSession, type CallContext } from '../call-context';
import { demoDeparture } from './seed-demo-dementia-safety';

const demoDays = 61;

/** A deterministic generator: the demo centre looks the same on every run. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}
const between = (next: () => number, from: number, to: number) => from + Math.floor(next() * (to - from + 1));
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const absenceMix: [AbsenceReason, number][] = [['sick', 0.45], ['notified', 0.25], ['hospital', 0.1], ['holiday', 0.1], ['unexcused', 0.1]];
const plans = [
  { code: 'art-therapy', weekdays: [2], startTime: '10:00', endTime: '11:00', room: 'Mākslas telpa', leader: 'Inese Kalna', capacity: 8 },
  { code: 'hydrotherapy', weekdays: [1, 4], startTime: '11:00', endTime: '12:00', room: 'Hidromasāžas telpa', leader: 'Dace Ērgle', capacity: 4 },
  { code: 'music', weekdays: [3], startTime: '13:00', endTime: '14:00', room: 'Zāle', leader: 'Kārlis Rozītis', capacity: 15 },
  { code: 'physical-exercise', weekdays: [1, 2, 3, 4, 5], startTime: '09:45', endTime: '10:15', room: 'Zāle', leader: 'Dace Ērgle', capacity: 12 },
  { code: 'canistherapy', weekdays: [5], startTime: '11:00', endTime: '11:45', room: 'Dārzs', leader: 'Līga un suns Reksis', capacity: 6 },
] as const;

/**
 * Two months of a centre's life on whatever clients and decisions the database holds: arrivals and
 * departures, absences with reasons, meals, transport, and activity sessions with participants. Goes
 * through the dispatcher as the first administrator, so every row obeys the rules and has its audit
 * record; one outer transaction (the services' own become savepoints) keeps it to one commit.
 */
export async function seedDemoAttendance(core: Core): Promise<void> {
  const admin = core.db.select().from(staff).where(eq(staff.role, 'administrator')).orderBy(asc(staff.id)).get();
  if (!admin) return;
  const ctx: CallContext = { session: fixedSession(admin), language: 'lv', origin: 'demo' };
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => core.dispatch(method, input, ctx);
  const next = random(2026);
  const today = localDate(core.now());
  const first = addDays(today, -demoDays);
  const present = new Map<string, number[]>();

  const sqlite = core.db.$client;
  sqlite.exec('BEGIN');
  try {
    for (const date of datesBetween(first, addDays(today, -1))) {
      const day = await call('attendance.day', { date });
      const rows = day.ok ? (day.data as { rows: DayRow[] }).rows : [];
      const here: number[] = [];
      for (const row of rows.filter((r) => r.expected)) {
        if (next() < 0.1) {
          let pick = next();
          const reason = absenceMix.find(([, share]) => (pick -= share) < 0)?.[0] ?? 'sick';
          await call('attendance.markAbsent', { clientId: row.clientId, date, reason });
          continue;
        }
        const arrived = await call('attendance.checkIn', { clientId: row.clientId, date, time: clock(between(next, 465, 570)) });
        if (!arrived.ok) continue;
        here.push(row.clientId);
        const meals = [...(next() < 0.3 ? ['breakfast' as const] : []), ...(next() < 0.9 ? ['lunch' as const] : []), ...(next() < 0.5 ? ['snack' as const] : [])];
        if (meals.length) await call('attendance.setMeals', { clientId: row.clientId, date, meals });
        if (next() < 0.3) await call('attendance.setTransport', { clientId: row.clientId, date, transportTo: true, transportFrom: next() < 0.9 });
        await demoDeparture(call, row.clientId, date, clock(between(next, 870, 1005)));
      }
      present.set(date, here);
    }
    await seedSessions(call, next, first, today, present);
    sqlite.exec('COMMIT');
  } catch (error) {
    sqlite.exec('ROLLBACK');
    throw error;
  }
}

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => ReturnType<Core['dispatch']>;

async function seedSessions(call: Call, next: () => number, first: string, today: string, present: Map<string, number[]>) {
  const list = await call('activities.list', {});
  if (!list.ok) return;
  const activities = (list.data as { activities: { id: number; code: string | null }[] }).activities;
  for (const plan of plans) {
    const activity = activities.find((a) => a.code === plan.code);
    if (!activity) continue;
    const { code: _code, ...fields } = plan;
    const series = await call('sessions.createSeries', { ...fields, weekdays: [...fields.weekdays], activityId: activity.id, from: first, to: addDays(today, 14) });
    if (!series.ok) continue;
    for (const sessionId of (series.data as { sessionIds: number[] }).sessionIds) {
      const detail = await call('sessions.get', { id: sessionId });
      if (!detail.ok) continue;
      const date = (detail.data as { session: { date: string } }).session.date;
      const candidates = (present.get(date) ?? []).filter(() => next() < 0.5).slice(0, plan.capacity);
      for (const clientId of candidates) {
        await call('sessions.addParticipant', { sessionId, clientId });
        await call('sessions.markParticipant', { sessionId, clientId, status: next() < 0.92 ? 'present' : 'absent' });
      }
    }
  }
}
