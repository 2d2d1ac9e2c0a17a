import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { loggedInCore, type callContext } from '../../testing/test-core';
import { insertClient } from '../../testing/board-fixtures';
import { databaseSnapshot } from '../../testing/database-snapshot';
import { callExpectations } from '../../testing/call-expectations';
import { insertBlockingInspection, insertItem } from '../loans/loan-fixtures';
import { doneBookingsInMonth } from '#db/queries/bookings-billable';

let core: Core;
let ctx: ReturnType<typeof callContext>;
// Monday 9 March 2026, 9:00.
const clock = new Date(2026, 2, 9, 9, 0);

beforeEach(async () => {
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
});
afterEach(() => core.close());

const { ok, refused } = callExpectations(() => ({ core, ctx }));
type Booking = { id: number; startTime: string; endTime: string; status: string; serviceUnit: string };

async function hydromassage() {
  const bed = insertItem(core.db, { number: 'HM-001', category: 'hydromassage-bed', name: 'Hidromasāžas gulta', status: 'in-use' });
  const resource = await ok<{ id: number }>('resources.create', {
    name: 'Hidromasāžas gulta',
    itemId: bed,
    serviceUnit: 'hydromassage',
    opensAt: '09:00',
    closesAt: '15:00',
    weekdays: [1, 2, 3, 4, 5],
  });
  return { bed, resourceId: resource.id };
}

describe('booking a resource', () => {
  it('books 30-minute slots by default and refuses overlaps, closed days and times outside the opening hours', async () => {
    const { resourceId } = await hydromassage();
    const [anna, janis] = ['Anna', 'Jānis'].map((n) => insertClient(core.db, { firstName: n, lastName: 'Test' })) as [number, number];
    const first = await ok<Booking>('bookings.book', { resourceId, clientId: anna, date: '2026-03-10', startTime: '10:00' });
    expect(first).toMatchObject({ startTime: '10:00', endTime: '10:30', status: 'booked', serviceUnit: 'hydromassage' });
    expect((await refused('bookings.book', { resourceId, clientId: janis, date: '2026-03-10', startTime: '10:15', endTime: '10:45' })).code).toBe('bookings.overlap');
    expect((await refused('bookings.book', { resourceId, clientId: janis, date: '2026-03-10', startTime: '08:30' })).code).toBe('bookings.outsideHours');
    expect((await refused('bookings.book', { resourceId, clientId: janis, date: '2026-03-10', startTime: '14:45' })).code).toBe('bookings.outsideHours');
    expect((await refused('bookings.book', { resourceId, clientId: janis, date: '2026-03-14', startTime: '10:00' })).code).toBe('bookings.closedDay');
    await ok('bookings.book', { resourceId, clientId: janis, date: '2026-03-10', startTime: '10:30' });
    // A cancelled booking frees its slot.
    await ok('bookings.cancel', { id: first.id, reason: 'Slims' });
    await ok('bookings.book', { resourceId, clientId: janis, date: '2026-03-10', startTime: '10:00' });
  });

  it('refuses bookings on a public holiday, a weekend and the centre\'s day off, saying why in lv, lt and ru, and books once the caller confirms', async () => {
    const { resourceId } = await hydromassage();
    // The same resource also opens on Saturdays, when the centre itself does not work.
    await ok('resources.update', { id: resourceId, name: 'Hidromasāžas gulta', serviceUnit: 'hydromassage', opensAt: '09:00', closesAt: '15:00', weekdays: [1, 2, 3, 4, 5, 6] });
    const anna = insertClient(core.db, { firstName: 'Anna', lastName: 'Test' });
    // Week of Monday 16 November 2026: Wednesday 18 is Latvia's Proclamation Day, Friday 20 the centre's own day off.
    await ok('calendar.setDay', { date: '2026-11-20', kind: 'day-off', note: 'Apkures remonts' });
    const words = {
      '2026-11-18': { code: 'bookings.holiday', lv: /proklamēšanas diena.*svētku diena/i, lt: /šventinė diena/, ru: /праздничный день/ },
      '2026-11-20': { code: 'bookings.centreDayOff', lv: /centrs ir slēgts \(Apkures remonts\)/, lt: /centras nedirba \(Apkures remonts\)/, ru: /центр закрыт \(Apkures remonts\)/ },
      '2026-11-21': { code: 'bookings.weekend', lv: /centrs ir slēgts \(brīvdiena\)/, lt: /centras nedirba \(savaitgalis\)/, ru: /центр закрыт \(выходной\)/ },
    } as const;
    const before = databaseSnapshot(core.db);
    for (const [date, expected] of Object.entries(words)) {
      for (const language of ['lv', 'lt', 'ru'] as const) {
        const result = await core.dispatch('bookings.book', { resourceId, clientId: anna, date, startTime: '10:00' }, { ...ctx, language });
        expect(result).toMatchObject({ ok: false, error: { kind: 'conflict', code: expected.code } });
        expect(result.ok ? '' : result.error.message).toMatch(expected[language]);
      }
      // confirmClosedDay: false is no confirmation.
      expect((await refused('bookings.book', { resourceId, clientId: anna, date, startTime: '10:00', confirmClosedDay: false })).code).toBe(expected.code);
    }
    expect(databaseSnapshot(core.db)).toBe(before);
    // The resource's own weekdays still hold: Sunday is refused even when confirmed.
    expect((await refused('bookings.book', { resourceId, clientId: anna, date: '2026-11-22', startTime: '10:00', confirmClosedDay: true })).code).toBe('bookings.closedDay');
    expect(databaseSnapshot(core.db)).toBe(before);

    await ok('bookings.book', { resourceId, clientId: anna, date: '2026-11-19', startTime: '10:00' });
    const confirmed = await ok<Booking & { date: string }>('bookings.book', { resourceId, clientId: anna, date: '2026-11-18', startTime: '10:00', confirmClosedDay: true });
    expect(confirmed).toMatchObject({ date: '2026-11-18', startTime: '10:00', endTime: '10:30', status: 'booked' });
    await ok('bookings.book', { resourceId, clientId: anna, date: '2026-11-21', startTime: '11:00', confirmClosedDay: true });
    const audited = core.db.$client.prepare("SELECT count(*) FROM audit_log WHERE method = 'bookings.book' AND entity = 'booking'").pluck().get();
    expect(audited).toBe(3);

    const week = await core.dispatch('bookings.week', { resourceId, weekStart: '2026-11-16' }, { ...ctx, language: 'lv' });
    expect(week.ok && week.data).toMatchObject({
      closedDays: [
        { date: '2026-11-18', reason: 'holiday', name: expect.stringMatching(/proklamēšanas/i) as unknown },
        { date: '2026-11-20', reason: 'centre-day-off', name: 'Apkures remonts' },
        { date: '2026-11-21', reason: 'weekend', name: null },
        { date: '2026-11-22', reason: 'weekend', name: null },
      ],
    });
  });

  it('counts as open hours only the days the centre is open, on the resource\'s own weekdays', async () => {
    const { resourceId: bed } = await hydromassage();
    const shower = (await ok<{ id: number }>('resources.create', { name: 'Dušas telpa', room: 'Dušas telpa', serviceUnit: 'shower', opensAt: '10:00', closesAt: '12:00', weekdays: [3, 6] })).id;
    const anna = insertClient(core.db, { firstName: 'Anna', lastName: 'Test' });
    // November 2026: 21 weekdays (Mon 2 … Mon 30); Wednesday 18 is Proclamation Day, the centre takes Friday 20
    // off and works Saturday 28 instead.
    await ok('calendar.setDay', { date: '2026-11-20', kind: 'day-off', note: 'Apkures remonts' });
    await ok('calendar.setDay', { date: '2026-11-28', kind: 'working-day', note: 'Darba sestdiena' });
    await ok('bookings.book', { resourceId: bed, clientId: anna, date: '2026-11-19', startTime: '10:00' });
    await ok('bookings.book', { resourceId: shower, clientId: anna, date: '2026-11-25', startTime: '10:00', endTime: '11:00' });
    const { rows } = await ok<{ rows: { resourceId: number; openMinutes: number; usedMinutes: number; percent: number }[] }>('bookings.utilisation', { month: '2026-11' });
    // Bed (Mon–Fri, 6 h): 21 − 18th − 20th = 19 days × 360 = 6840 minutes; 30 used → 0.4 %.
    // Shower (Wed, Sat, 2 h): Wednesdays 4, 11, 25 (not 18) and the worked Saturday 28 = 4 × 120 = 480; 60 used → 12.5 %.
    // Listed by name.
    expect(rows).toEqual([
      expect.objectContaining({ resourceId: shower, openMinutes: 480, usedMinutes: 60, percent: 12.5 }),
      expect.objectContaining({ resourceId: bed, openMinutes: 6840, usedMinutes: 30, percent: 0.4 }),
    ]);
  });

  it('refuses an overlap in SQL too, whoever writes', async () => {
    const { resourceId } = await hydromassage();
    const anna = insertClient(core.db, { firstName: 'Anna', lastName: 'Test' });
    await ok('bookings.book', { resourceId, clientId: anna, date: '2026-03-10', startTime: '10:00' });
    const raw = core.db.$client.prepare(
      "INSERT INTO booking (resource_id, client_id, date, start_time, end_time, created_by, created_at, updated_at) VALUES (?, ?, '2026-03-10', '10:20', '10:50', 1, 'x', 'x')",
    );
    expect(() => raw.run(resourceId, anna)).toThrow(/booking_overlap/);
  });

  it('refuses bookings on an item out of service or overdue for its safety inspection', async () => {
    const { bed, resourceId } = await hydromassage();
    const anna = insertClient(core.db, { firstName: 'Anna', lastName: 'Test' });
    insertBlockingInspection(core.db, bed, '2026-03-01');
    expect((await refused('bookings.book', { resourceId, clientId: anna, date: '2026-03-10', startTime: '10:00' })).code).toBe('bookings.inspectionOverdue');
    core.db.$client.prepare("UPDATE equipment_item SET status = 'out-of-service' WHERE id = ?").run(bed);
    expect((await refused('bookings.book', { resourceId, clientId: anna, date: '2026-03-10', startTime: '10:00' })).code).toBe('bookings.itemOutOfService');
  });

  it('marks done (writing the usage log in the same transaction, a billable unit) and no-show, audited', async () => {
    const { bed, resourceId } = await hydromassage();
    const [anna, janis, olga] = ['Anna', 'Jānis', 'Olga'].map((n) => insertClient(core.db, { firstName: n, lastName: 'Test' })) as [number, number, number];
    const a = await ok<Booking>('bookings.book', { resourceId, clientId: anna, date: '2026-03-09', startTime: '09:00' });
    const j = await ok<Booking>('bookings.book', { resourceId, clientId: janis, date: '2026-03-09', startTime: '09:30', endTime: '10:15' });
    const o = await ok<Booking>('bookings.book', { resourceId, clientId: olga, date: '2026-03-09', startTime: '10:30' });
    const later = await ok<Booking>('bookings.book', { resourceId, clientId: olga, date: '2026-03-11', startTime: '10:30' });
    await ok('bookings.setStatus', { id: a.id, status: 'done' });
    await ok('bookings.setStatus', { id: j.id, status: 'done' });
    await ok('bookings.setStatus', { id: o.id, status: 'no-show' });
    expect((await refused('bookings.setStatus', { id: later.id, status: 'done' })).code).toBe('bookings.notYetHeld');
    expect((await refused('bookings.setStatus', { id: a.id, status: 'no-show' })).code).toBe('bookings.alreadyDone');
    expect((await refused('bookings.cancel', { id: a.id })).code).toBe('bookings.alreadyDone');

    const usage = core.db.$client.prepare('SELECT item_id AS itemId, client_id AS clientId, used_on AS usedOn, minutes, booking_id AS bookingId FROM equipment_usage ORDER BY id').all();
    expect(usage).toEqual([
      { itemId: bed, clientId: anna, usedOn: '2026-03-09', minutes: 30, bookingId: a.id },
      { itemId: bed, clientId: janis, usedOn: '2026-03-09', minutes: 45, bookingId: j.id },
    ]);
    expect(doneBookingsInMonth(core.db, '2026-03')).toEqual([
      { bookingId: a.id, clientId: anna, date: '2026-03-09', serviceUnit: 'hydromassage', resourceId },
      { bookingId: j.id, clientId: janis, date: '2026-03-09', serviceUnit: 'hydromassage', resourceId },
    ]);
    const audit = core.db.$client.prepare("SELECT entity FROM audit_log WHERE method = 'bookings.setStatus' ORDER BY id").pluck().all();
    expect(audit).toEqual(['equipment_usage', 'booking', 'equipment_usage', 'booking', 'booking']);

    const { rows } = await ok<{ rows: { resourceId: number; booked: number; done: number; noShow: number; openMinutes: number; usedMinutes: number; percent: number }[] }>('bookings.utilisation', { month: '2026-03' });
    // March 2026 has 22 weekdays of 6 open hours; done 30 + 45 minutes, one 30-minute booking still ahead.
    expect(rows).toEqual([expect.objectContaining({ resourceId, booked: 1, done: 2, noShow: 1, openMinutes: 22 * 360, usedMinutes: 105, percent: 1.3 })]);
    const week = await ok<{ days: string[]; bookings: Booking[] }>('bookings.week', { resourceId, weekStart: '2026-03-09' });
    expect(week.days).toHaveLength(7);
    expect(week.bookings.map((b) => b.status)).toEqual(['done', 'done', 'no-show', 'booked']);
  });

  it('keeps a failed done untouched: no usage row and the booking still booked', async () => {
    const { bed, resourceId } = await hydromassage();
    const anna = insertClient(core.db, { firstName: 'Anna', lastName: 'Test' });
    const a = await ok<Booking>('bookings.book', { resourceId, clientId: anna, date: '2026-03-09', startTime: '09:00' });
    // The item is written off after the booking: the usage log refuses it, so the whole change goes.
    core.db.$client.prepare("UPDATE equipment_item SET status = 'written-off' WHERE id = ?").run(bed);
    expect((await refused('bookings.setStatus', { id: a.id, status: 'done' })).kind).toBe('conflict');
  });
});
