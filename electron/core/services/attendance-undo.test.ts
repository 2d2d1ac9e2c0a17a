import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { callContext, loggedInCore } from '../testing/test-core';
import { insertDayClient, insertStaffOfRole } from '../testing/board-fixtures';

let clock = new Date(2026, 2, 9, 9, 0);
let core: Core;
let ctx: ReturnType<typeof callContext>;
let events: unknown[];

beforeEach(async () => {
  clock = new Date(2026, 2, 9, 9, 0);
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
  events = [];
  core.events.subscribe((name, payload) => events.push([name, payload]));
});
afterEach(() => core.close());

const later = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
const ok = async (method: string, input: unknown, context = ctx) => {
  const result = await core.dispatch(method, input, context);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.data as Record<string, unknown>;
};
const row = (clientId: number) => core.db.$client.prepare('SELECT status, arrived_at, left_at, absence_reason FROM attendance WHERE client_id = ?').get(clientId);

describe('attendance.undo', () => {
  it('undoes a check-in within 10 seconds: the row is gone, the undo audited, the board told', async () => {
    const id = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1]);
    await ok('attendance.checkIn', { clientId: id });
    later(9);
    expect(await ok('attendance.undo', {})).toEqual({ date: '2026-03-09', undone: 'attendance.checkIn', rows: 1 });
    expect(row(id)).toBeUndefined();
    const audit = core.db.$client.prepare("SELECT method, changes FROM audit_log WHERE entity = 'attendance' ORDER BY id").all() as { method: string; changes: string }[];
    expect(audit.map((a) => a.method)).toEqual(['attendance.checkIn', 'attendance.undo']);
    expect(JSON.parse(audit[1]!.changes)).toMatchObject({ before: { status: 'present', arrivedAt: '09:00' }, after: null });
    expect(events).toHaveLength(2);
    // Only the last action, once.
    expect(await core.dispatch('attendance.undo', {}, ctx)).toMatchObject({ ok: false, error: { code: 'attendance.nothingToUndo' } });
  });

  it('restores the previous state: an absence that a check-in replaced comes back', async () => {
    const id = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1]);
    await ok('attendance.markAbsent', { clientId: id, date: '2026-03-09', reason: 'sick' });
    await ok('attendance.checkIn', { clientId: id });
    await ok('attendance.undo', {});
    expect(row(id)).toEqual({ status: 'absent', arrived_at: null, left_at: null, absence_reason: 'sick' });
  });

  it('refuses after 10 seconds and writes nothing', async () => {
    const id = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1]);
    await ok('attendance.checkIn', { clientId: id });
    later(11);
    expect(await core.dispatch('attendance.undo', {}, ctx)).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'attendance.undoExpired' } });
    expect(row(id)).toMatchObject({ status: 'present' });
  });

  it('undoes only the caller’s own action, and not over someone else’s later change', async () => {
    const id = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1]);
    const reception = callContext(core);
    reception.session.begin(insertStaffOfRole(core.db, 'reception'));
    await ok('attendance.checkIn', { clientId: id });
    expect(await core.dispatch('attendance.undo', {}, reception)).toMatchObject({ ok: false, error: { code: 'attendance.nothingToUndo' } });
    await ok('attendance.setMeals', { clientId: id, date: '2026-03-09', meals: ['lunch'] }, reception);
    expect(await core.dispatch('attendance.undo', {}, ctx)).toMatchObject({ ok: false, error: { code: 'attendance.undoStale' } });
    expect(row(id)).toMatchObject({ status: 'present' });
  });
});

describe('attendance.checkOutAll', () => {
  it('checks out everybody still here at the given time, skips later arrivals, and can be undone', async () => {
    const ids = [1, 2, 3].map((n) => insertDayClient(core.db, { firstName: `Klients ${n}`, lastName: 'Ozols' }, [1]));
    const [a, b, c] = ids as [number, number, number];
    await ok('attendance.checkIn', { clientId: a, time: '08:30' });
    await ok('attendance.checkIn', { clientId: b, time: '09:00' });
    await ok('attendance.checkOut', { clientId: b, time: '12:00' });
    await ok('attendance.checkIn', { clientId: c, time: '16:30' });
    events = [];
    expect(await ok('attendance.checkOutAll', { date: '2026-03-09', time: '16:00' })).toEqual({ checkedOut: 1, skipped: 1, awaitingHandOver: 0 });
    expect(row(a)).toMatchObject({ left_at: '16:00' });
    expect(row(b)).toMatchObject({ left_at: '12:00' });
    expect(row(c)).toMatchObject({ left_at: null });
    expect(events).toEqual([['attendance.changed', { date: '2026-03-09' }]]);
    await ok('attendance.undo', {});
    expect(row(a)).toMatchObject({ left_at: null });
  });

  it('answers zero and writes nothing when nobody is here', async () => {
    expect(await ok('attendance.checkOutAll', { date: '2026-03-09', time: '16:00' })).toEqual({ checkedOut: 0, skipped: 0, awaitingHandOver: 0 });
    expect(events).toEqual([]);
  });
});
