import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { loggedInCore, type callContext } from '../../testing/test-core';
import { insertClient, insertDecision } from '../../testing/board-fixtures';
import { ok, staffContext } from '../../testing/client-fixtures';

let core: Core;
let ctx: ReturnType<typeof callContext>;
let clock = new Date(2026, 2, 9, 9, 0);

beforeEach(async () => {
  clock = new Date(2026, 2, 9, 9, 0);
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
});
afterEach(() => core.close());

describe('not yet collected', () => {
  it('shows participants still here from the group’s closing time, and raises the alarm once after the delay', async () => {
    const ids = ['Valdis', 'Ausma', 'Edgars'].map((first) => {
      const id = insertClient(core.db, { firstName: first, lastName: 'Test' });
      insertDecision(core.db, { clientId: id, service: 'dementia-day-centre', validFrom: '2026-01-01', plannedWeekdays: [1, 3] });
      return id;
    }) as [number, number, number];
    const group = await ok(core, ctx, 'dementia.groups.create', { name: 'Pirmdienas grupa', capacity: 10, weekdays: [1, 3], opensAt: '09:00', closesAt: '16:00', collectAlarmDelayMinutes: 30 });
    await ok(core, ctx, 'dementia.groups.setMembers', { groupId: group.group.id, clientIds: ids });
    const { relative } = await ok(core, ctx, 'relatives.create', { clientId: ids[0], name: 'Ilze Sproģe', relation: 'child', phone: '+371 29123456', canCollect: true, emergencyContact: false, priority: 1 });
    for (const id of ids) await ok(core, ctx, 'attendance.checkIn', { clientId: id, time: '09:00' });
    await ok(core, ctx, 'attendance.handOver', { clientId: ids[2], collectedBy: 'Kaimiņš', overrideReason: 'Meita lūdza pa tālruni', time: '15:00' });
    const alarms: string[] = [];
    core.events.subscribe((name, payload) => {
      if (name === 'safety.alarmRaised') alarms.push((payload as { date: string }).date);
    });
    // A fresh login after each jump of the clock (hours idle would lock the session).
    const reception = () => staffContext(core, 'reception');

    clock = new Date(2026, 2, 9, 15, 59);
    expect((await ok(core, reception(), 'safety.notCollected', {})).rows).toEqual([]);
    clock = new Date(2026, 2, 9, 16, 10);
    const late = await ok(core, reception(), 'safety.notCollected', {});
    expect(late.rows.map((r) => [r.firstName, r.alarm, r.closesAt, r.alarmAt])).toEqual([['Ausma', false, '16:00', '16:30'], ['Valdis', false, '16:00', '16:30']]);
    expect(late.rows.find((r) => r.clientId === ids[0])?.collectors).toEqual([expect.objectContaining({ relativeId: relative.id, phone: '+371 29123456' })]);
    expect(alarms).toEqual([]);

    clock = new Date(2026, 2, 9, 16, 30);
    expect((await ok(core, reception(), 'safety.notCollected', {})).rows.every((r) => r.alarm)).toBe(true);
    await ok(core, reception(), 'safety.notCollected', {});
    expect(alarms).toEqual(['2026-03-09']);

    await ok(core, reception(), 'attendance.handOver', { clientId: ids[0], collectedBy: relative.id });
    expect((await ok(core, reception(), 'safety.notCollected', {})).rows.map((r) => r.firstName)).toEqual(['Ausma']);
  });
});
