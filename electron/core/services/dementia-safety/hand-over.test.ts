import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { loggedInCore, type callContext } from '../../testing/test-core';
import { insertClient, insertDayClient, insertDecision } from '../../testing/board-fixtures';
import { ok, staffContext } from '../../testing/client-fixtures';
import { createStaff, staffPassword } from '../../testing/staff-fixtures';
import { databaseSnapshot } from '../../testing/database-snapshot';

let core: Core;
let ctx: ReturnType<typeof callContext>;
let clock = new Date(2026, 2, 9, 16, 30);

beforeEach(async () => {
  clock = new Date(2026, 2, 9, 16, 30);
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
});
afterEach(() => core.close());

const relative = (clientId: number, name: string, extra: Record<string, unknown> = {}) =>
  ok(core, ctx, 'relatives.create', { clientId, name, relation: 'child', phone: '+371 29123456', canCollect: true, emergencyContact: false, priority: 1, ...extra } as never);

async function dementiaClient(first: string, mayGoHomeAlone = false) {
  const id = insertClient(core.db, { firstName: first, lastName: 'Test' });
  insertDecision(core.db, { clientId: id, service: 'dementia-day-centre', validFrom: '2026-01-01', plannedWeekdays: [1, 2, 3, 4, 5] });
  if (mayGoHomeAlone) core.db.$client.prepare('UPDATE clients SET may_go_home_alone = 1 WHERE id = ?').run(id);
  await ok(core, ctx, 'attendance.checkIn', { clientId: id, date: '2026-03-09', time: '09:00' });
  return id;
}
const handOvers = () => core.db.$client.prepare('SELECT collector_name, override_reason, approved_by FROM hand_overs ORDER BY id').all();

describe('safe hand-over', () => {
  it('hands a dementia-group client to an authorised relative, with the ID hint shown at the door', async () => {
    const client = await dementiaClient('Valdis');
    const { relative: daughter } = await relative(client, 'Ilze Sproģe', { idHint: 'uzrāda pasi' });
    await relative(client, 'Kaimiņš Pēteris', { canCollect: false, relation: 'other' });
    const reception = staffContext(core, 'reception');
    const { collectors, handOverRequired } = await ok(core, reception, 'attendance.collectors', { clientId: client });
    expect(handOverRequired).toBe(true);
    expect(collectors).toEqual([expect.objectContaining({ name: 'Ilze Sproģe', idHint: 'uzrāda pasi', phone: '+371 29123456' })]);

    const result = await ok(core, reception, 'attendance.handOver', { clientId: client, collectedBy: daughter.id });
    expect(result.record).toMatchObject({ leftAt: '16:30' });
    expect(result.handOver).toMatchObject({ collectorName: 'Ilze Sproģe', staffName: 'Test reception', overrideReason: null, approvedByName: null, time: '16:30' });
    const audit = core.db.$client.prepare("SELECT method, entity FROM audit_log WHERE method = 'attendance.handOver' ORDER BY id").all();
    expect(audit).toEqual([{ method: 'attendance.handOver', entity: 'attendance' }, { method: 'attendance.handOver', entity: 'hand_over' }]);
  });

  it('refuses a stranger without override, then takes a manager’s approval with a reason', async () => {
    const client = await dementiaClient('Ausma');
    await relative(client, 'Ilze Lāce');
    const reception = staffContext(core, 'reception', 'lv');
    const before = databaseSnapshot(core.db);
    const stranger = await core.dispatch('attendance.handOver', { clientId: client, collectedBy: 'Nezināms Vīrietis' }, reception);
    expect(stranger).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'handOver.notAuthorised' } });
    expect(!stranger.ok && stranger.error.message).toMatch(/vadītāja atļauja/);
    // Also no check-out slipped through the plain door for reception, nor via "everyone still here".
    expect(await core.dispatch('attendance.checkOut', { clientId: client, date: '2026-03-09' }, reception)).toMatchObject({ ok: false, error: { code: 'handOver.required' } });
    expect(await ok(core, reception, 'attendance.checkOutAll', { date: '2026-03-09', time: '16:30' })).toEqual({ checkedOut: 0, skipped: 0, awaitingHandOver: 1 });
    // A reason without a manager's approval, or with a wrong password or a non-manager's, is refused.
    expect(await core.dispatch('attendance.handOver', { clientId: client, collectedBy: 'Nezināms Vīrietis', overrideReason: 'Meita slima, atnāca znots' }, reception)).toMatchObject({ ok: false, error: { code: 'handOver.approvalRequired' } });
    await createStaff(core, ctx, { username: 'mara.manager', role: 'manager', fullName: 'Māra Vadītāja' });
    await createStaff(core, ctx, { username: 'karlis.carer', role: 'carer' });
    const snapshot = databaseSnapshot(core.db);
    for (const approval of [{ username: 'mara.manager', password: 'nepareiza' }, { username: 'karlis.carer', password: staffPassword }]) {
      expect(await core.dispatch('attendance.handOver', { clientId: client, collectedBy: 'Nezināms Vīrietis', overrideReason: 'Meita slima, atnāca znots', approval }, reception)).toMatchObject({ ok: false, error: { kind: 'forbidden', code: 'handOver.approvalRefused' } });
    }
    expect(databaseSnapshot(core.db)).toBe(snapshot);
    expect(before).not.toBe(snapshot);

    const done = await ok(core, reception, 'attendance.handOver', {
      clientId: client, collectedBy: 'Jānis Znots', overrideReason: 'Meita slima, atnāca znots', approval: { username: 'Mara.Manager', password: staffPassword },
    });
    expect(done.handOver).toMatchObject({ collectorName: 'Jānis Znots', overrideReason: 'Meita slima, atnāca znots', approvedByName: 'Māra Vadītāja', relativeId: null });
    expect(handOvers()).toHaveLength(1);
  });

  it('lets a manager approve an override himself; a client who may go home alone and day-care clients need none', async () => {
    const client = await dementiaClient('Edgars');
    const alone = await dementiaClient('Lidija', true);
    const dayCare = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1]);
    await ok(core, ctx, 'attendance.checkIn', { clientId: dayCare, date: '2026-03-09', time: '09:00' });
    const manager = staffContext(core, 'manager');
    const done = await ok(core, manager, 'attendance.handOver', { clientId: client, collectedBy: 'Kaimiņiene Rasma', overrideReason: 'Vienojās pa tālruni ar meitu' });
    expect(done.handOver.approvedByName).toBe('Test manager');
    const reception = staffContext(core, 'reception');
    expect((await ok(core, reception, 'attendance.collectors', { clientId: alone })).handOverRequired).toBe(false);
    expect(await ok(core, reception, 'attendance.checkOutAll', { date: '2026-03-09', time: '16:30' })).toEqual({ checkedOut: 2, skipped: 0, awaitingHandOver: 0 });
  });

  it('refuses a hand-over of someone not checked in, and an unknown relative id, writing nothing', async () => {
    const client = insertClient(core.db, { firstName: 'Velta', lastName: 'Kalēja' });
    insertDecision(core.db, { clientId: client, service: 'dementia-day-centre', validFrom: '2026-01-01', plannedWeekdays: [1] });
    const { relative: son } = await relative(client, 'Andris Kalējs');
    const other = await dementiaClient('Jonas');
    const { relative: foreign } = await relative(other, 'Rūta Petraitienė');
    const before = databaseSnapshot(core.db);
    expect(await core.dispatch('attendance.handOver', { clientId: client, collectedBy: son.id }, ctx)).toMatchObject({ ok: false, error: { code: 'attendance.notCheckedIn' } });
    expect(await core.dispatch('attendance.handOver', { clientId: other, collectedBy: son.id }, ctx)).toMatchObject({ ok: false, error: { code: 'handOver.notAuthorised' } });
    expect(await core.dispatch('attendance.handOver', { clientId: other, collectedBy: foreign.id, time: '08:00' }, ctx)).toMatchObject({ ok: false, error: { code: 'attendance.leftBeforeArrival' } });
    expect(await core.dispatch('attendance.handOver', { clientId: other, collectedBy: 'x' }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(databaseSnapshot(core.db)).toBe(before);
  });
});
