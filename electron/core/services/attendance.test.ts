import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { callContext, loggedInCore, validSetup } from '../testing/test-core';
import { insertClient, insertDayClient, insertDecision, insertStaffOfRole } from '../testing/board-fixtures';
import { databaseSnapshot } from '../testing/database-snapshot';

// Monday 9 March 2026, 09:00 local time; tests move the clock.
let clock = new Date(2026, 2, 9, 9, 0);
let core: Core;
let ctx: ReturnType<typeof callContext>;
let events: [string, unknown][];

beforeEach(async () => {
  clock = new Date(2026, 2, 9, 9, 0);
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
  events = [];
  core.events.subscribe((name, payload) => events.push([name, payload]));
});
afterEach(() => core.close());

const call = async (method: string, input: unknown, context = ctx) => core.dispatch(method, input, context);
const ok = async <T = Record<string, unknown>>(method: string, input: unknown): Promise<T> => {
  const result = await call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.data as T;
};
type Day = { rows: { clientId: number; status: string; expected: boolean; hasDecision: boolean; arrivedAt: string | null; leftAt: string | null; meals: string[]; absenceReason: string | null; wanderingRisk: boolean; diet: string | null }[]; counters: Record<string, number>; today: string };
const day = (date = '2026-03-09') => ok<Day>('attendance.day', { date });
const rowOf = async (clientId: number, date = '2026-03-09') => (await day(date)).rows.find((r) => r.clientId === clientId);
const auditMethods = () => core.db.$client.prepare("SELECT method FROM audit_log WHERE entity = 'attendance' ORDER BY id").pluck().all();

describe('attendance.day: who is expected', () => {
  it('expects clients by the planned weekdays of decisions valid that day, and anybody with a record', async () => {
    const db = core.db;
    const monWedFri = insertDayClient(db, { firstName: 'Jānis', lastName: 'Bērziņš', wanderingRisk: true, diet: 'bez cukura' }, [1, 3, 5]);
    const tueThu = insertDayClient(db, { firstName: 'Anna', lastName: 'Kalniņa' }, [2, 4]);
    const ended = insertClient(db, { firstName: 'Pēteris', lastName: 'Ozols' });
    insertDecision(db, { clientId: ended, validFrom: '2025-01-01', validTo: '2026-03-08', plannedWeekdays: [1] });
    const future = insertClient(db, { firstName: 'Ilze', lastName: 'Liepa' });
    insertDecision(db, { clientId: future, validFrom: '2026-03-10', plannedWeekdays: [1, 2] });
    const homeCare = insertClient(db, { firstName: 'Olga', lastName: 'Иванова' });
    insertDecision(db, { clientId: homeCare, service: 'home-care', validFrom: '2025-01-01', plannedWeekdays: [1] });
    insertDayClient(db, { firstName: 'Guntis', lastName: 'Kļava', status: 'discharged' }, [1]);
    insertDayClient(db, { firstName: 'Maija', lastName: 'Egle', status: 'paused' }, [1]);
    const dementia = insertClient(db, { firstName: 'Valdis', lastName: 'Sproģis' });
    insertDecision(db, { clientId: dementia, service: 'dementia-day-centre', validFrom: '2026-03-09', validTo: '2026-03-09', plannedWeekdays: [1] });

    const monday = await day('2026-03-09');
    expect(monday.rows.map((r) => r.clientId).sort()).toEqual([monWedFri, dementia].sort());
    expect(monday.rows.find((r) => r.clientId === monWedFri)).toMatchObject({ status: 'expected', expected: true, hasDecision: true, wanderingRisk: true, diet: 'bez cukura' });
    expect(monday.counters).toEqual({ expected: 2, present: 0, absent: 0, notArrived: 2, stillHere: 0 });
    expect(monday.today).toBe('2026-03-09');

    const tuesday = await day('2026-03-10');
    expect(tuesday.rows.map((r) => r.clientId).sort()).toEqual([tueThu, future].sort());
    expect((await day('2026-03-15')).rows).toEqual([]);
  });

  it('names who may collect each client, in the card’s order, and nobody else', async () => {
    const client = insertDayClient(core.db, { firstName: 'Jānis', lastName: 'Bērziņš' }, [1]);
    const relative = (name: string, canCollect: boolean, priority: number) =>
      ok('relatives.create', { clientId: client, name, relation: 'child', phone: '', phoneAlt: '', address: '', canCollect, emergencyContact: false, priority, note: '' });
    await relative('Marta Bērziņa', true, 2);
    await relative('Kaimiņš Andris', false, 1);
    await relative('Ольга Берзиня', true, 1);
    expect(await rowOf(client)).toMatchObject({ collectors: ['Ольга Берзиня', 'Marta Bērziņa'] });
    const alone = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1]);
    expect(await rowOf(alone)).toMatchObject({ collectors: [] });
  });

  it('shows a client checked in without any decision, with the warning flag', async () => {
    const walkIn = insertClient(core.db, { firstName: 'Rasa', lastName: 'Vītola' });
    expect(await rowOf(walkIn)).toBeUndefined();
    await ok('attendance.checkIn', { clientId: walkIn });
    expect(await rowOf(walkIn)).toMatchObject({ status: 'present', expected: false, hasDecision: false, arrivedAt: '09:00' });
    const { counters } = await day();
    expect(counters).toMatchObject({ expected: 0, present: 1, stillHere: 1 });
  });
});

describe('check-in and check-out', () => {
  it('checks in at the core clock, checks out, audits each change and tells every window', async () => {
    const id = insertDayClient(core.db, { firstName: 'Jānis', lastName: 'Bērziņš' }, [1]);
    expect(await ok('attendance.checkIn', { clientId: id })).toMatchObject({ clientId: id, date: '2026-03-09', status: 'present', arrivedAt: '09:00', leftAt: null });
    clock = new Date(2026, 2, 9, 15, 10);
    // Idle since the morning, the session is locked on the server: its owner signs in again and goes on.
    await ok('auth.login', { username: validSetup.admin.username, password: validSetup.admin.password });
    expect(await ok('attendance.checkOut', { clientId: id })).toMatchObject({ leftAt: '15:10' });
    expect(await rowOf(id)).toMatchObject({ status: 'left', arrivedAt: '09:00', leftAt: '15:10' });
    expect(auditMethods()).toEqual(['attendance.checkIn', 'attendance.checkOut']);
    expect(events).toEqual([
      ['attendance.changed', { date: '2026-03-09' }],
      ['attendance.changed', { date: '2026-03-09' }],
    ]);
  });

  it('records a past day with explicit date and times', async () => {
    const id = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [5]);
    await ok('attendance.checkIn', { clientId: id, date: '2026-03-06', time: '08:42' });
    await ok('attendance.checkOut', { clientId: id, date: '2026-03-06', time: '14:00' });
    expect(await rowOf(id, '2026-03-06')).toMatchObject({ status: 'left', arrivedAt: '08:42', leftAt: '14:00' });
  });

  const faults: [string, (ids: Record<string, number>) => [string, unknown], string, string][] = [
    ['a check-in on a future date', (c) => ['attendance.checkIn', { clientId: c.active, date: '2026-03-10' }], 'conflict', 'attendance.futureDate'],
    ['a second check-in the same day', (c) => ['attendance.checkIn', { clientId: c.here }], 'conflict', 'attendance.alreadyCheckedIn'],
    ['a check-in of a discharged client', (c) => ['attendance.checkIn', { clientId: c.discharged }], 'conflict', 'attendance.client.discharged'],
    ['a check-in of a deceased client', (c) => ['attendance.checkIn', { clientId: c.deceased }], 'conflict', 'attendance.client.deceased'],
    ['a check-in of an unknown client', () => ['attendance.checkIn', { clientId: 9999 }], 'not-found', 'attendance.clientNotFound'],
    ['a check-out before the check-in time', (c) => ['attendance.checkOut', { clientId: c.here, time: '07:59' }], 'conflict', 'attendance.leftBeforeArrival'],
    ['a check-out of a client not checked in', (c) => ['attendance.checkOut', { clientId: c.active }], 'conflict', 'attendance.notCheckedIn'],
    ['absence for a client who is here', (c) => ['attendance.markAbsent', { clientId: c.here, date: '2026-03-09', reason: 'sick' }], 'conflict', 'attendance.alreadyPresent'],
    ['meals for a client not here', (c) => ['attendance.setMeals', { clientId: c.active, date: '2026-03-09', meals: ['lunch'] }], 'conflict', 'attendance.notPresent'],
    ['a malformed date', (c) => ['attendance.checkIn', { clientId: c.active, date: '2026-02-30' }], 'validation', 'kind.validation'],
    ['a malformed time', (c) => ['attendance.checkOut', { clientId: c.here, time: '25:00' }], 'validation', 'kind.validation'],
  ];

  it.each(faults)('refuses %s with a translated error and writes nothing', async (_label, build, kind, code) => {
    const ids = {
      active: insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1]),
      here: insertDayClient(core.db, { firstName: 'Jānis', lastName: 'Bērziņš' }, [1]),
      discharged: insertClient(core.db, { firstName: 'Guntis', lastName: 'Kļava', status: 'discharged' }),
      deceased: insertClient(core.db, { firstName: 'Olga', lastName: 'Petrova', status: 'deceased' }),
    };
    await ok('attendance.checkIn', { clientId: ids.here, time: '08:00' });
    const before = databaseSnapshot(core.db);
    events = [];
    const [method, input] = build(ids);
    const lv = callContext(core, 'lv');
    lv.session.token = ctx.session.token;
    const result = await call(method, input, lv);
    expect(result).toMatchObject({ ok: false, error: { kind, code } });
    if (!result.ok) expect(result.error.message).not.toMatch(/^attendance\.|kind\./);
    expect(databaseSnapshot(core.db)).toBe(before);
    expect(events).toEqual([]);
  });

  it('lets reception call attendance, but not a carer', async () => {
    const id = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1]);
    for (const [role, allowed] of [['reception', true], ['carer', false], ['manager', true]] as const) {
      const staffCtx = callContext(core);
      staffCtx.session.begin(insertStaffOfRole(core.db, role));
      const result = await call('attendance.day', { date: '2026-03-09' }, staffCtx);
      expect(result.ok).toBe(allowed);
      if (!allowed) expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(id).toBeGreaterThan(0);
  });
});

describe('absence, meals and transport', () => {
  it('marks an absence with reason and note, and a later check-in replaces it', async () => {
    const id = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1]);
    await ok('attendance.markAbsent', { clientId: id, date: '2026-03-09', reason: 'sick', note: 'zvanīja meita' });
    expect(await rowOf(id)).toMatchObject({ status: 'absent', absenceReason: 'sick' });
    expect((await day()).counters).toMatchObject({ absent: 1, notArrived: 0 });
    await ok('attendance.checkIn', { clientId: id });
    expect(await rowOf(id)).toMatchObject({ status: 'present', absenceReason: null });
  });

  it('allows an absence notified for a future day', async () => {
    const id = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [2]);
    await ok('attendance.markAbsent', { clientId: id, date: '2026-03-10', reason: 'notified' });
    expect(await rowOf(id, '2026-03-10')).toMatchObject({ status: 'absent', absenceReason: 'notified' });
  });

  it('sets meals in a stable order and transport for a client who is here', async () => {
    const id = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1]);
    await ok('attendance.checkIn', { clientId: id });
    expect(await ok('attendance.setMeals', { clientId: id, date: '2026-03-09', meals: ['snack', 'lunch', 'lunch'] })).toMatchObject({ meals: ['lunch', 'snack'] });
    expect(await ok('attendance.setTransport', { clientId: id, date: '2026-03-09', transportTo: true, transportFrom: false })).toMatchObject({ transportTo: true, transportFrom: false });
    const changes = core.db.$client.prepare("SELECT changes FROM audit_log WHERE method = 'attendance.setMeals'").pluck().get() as string;
    expect(JSON.parse(changes)).toEqual({ before: { meals: [] }, after: { meals: ['lunch', 'snack'] } });
  });
});
