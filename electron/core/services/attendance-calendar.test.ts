import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { callContext} from '../testing/test-core';
import { loggedInCore } from '../testing/test-core';
import { insertDayClient } from '../testing/board-fixtures';
import { databaseSnapshot } from '../testing/database-snapshot';

// The day board and the monthly sheet share the centre calendar and month closing: these tests hold
// the seam between them. Monday 9 March 2026, 09:00.
let clock = new Date(2026, 2, 9, 9, 0);
let core: Core;
let ctx: ReturnType<typeof callContext>;

beforeEach(async () => {
  clock = new Date(2026, 2, 9, 9, 0);
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
});
afterEach(() => core.close());

async function ok<T>(method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input, ctx);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.data as T;
}
type Day = { rows: { clientId: number; expected: boolean }[] };

describe('the day board honours the centre calendar', () => {
  it('expects nobody on a centre day off, but still shows who came', async () => {
    const anna = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1, 2, 3, 4, 5]);
    const janis = insertDayClient(core.db, { firstName: 'Jānis', lastName: 'Bērziņš' }, [1, 2, 3, 4, 5]);
    expect((await ok<Day>('attendance.day', { date: '2026-03-09' })).rows).toHaveLength(2);

    await ok('calendar.setDay', { date: '2026-03-09', kind: 'day-off', note: 'Apkures remonts' });
    await ok('attendance.checkIn', { clientId: janis, date: '2026-03-09', time: '09:00', confirmClosedDay: true });
    const rows = (await ok<Day>('attendance.day', { date: '2026-03-09' })).rows;
    expect(rows.map((r) => r.clientId)).toEqual([janis]);
    expect(rows.some((r) => r.clientId === anna)).toBe(false);
  });

  it('expects nobody on a Latvian public holiday (18 November 2026, a Wednesday)', async () => {
    insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1, 2, 3, 4, 5]);
    expect((await ok<Day>('attendance.day', { date: '2026-11-18' })).rows).toEqual([]);
    expect((await ok<Day>('attendance.day', { date: '2026-11-17' })).rows).toHaveLength(1);
  });
});

describe('a check-in on a day the centre is closed asks for confirmation (issue 13)', () => {
  const closedDays = [
    { date: '2026-03-08', reason: 'weekend', words: { lv: /brīvdien/, lt: /savaitgal/, ru: /выходн/ } },
    { date: '2026-01-01', reason: 'holiday', words: { lv: /svētku diena \(Jaunais gads/, lt: /švent.*Naujieji metai/, ru: /праздн.*Новый год/ } },
    { date: '2026-03-06', reason: 'centre-day-off', words: { lv: /Apkures remonts/, lt: /Apkures remonts/, ru: /Apkures remonts/ } },
  ] as const;

  it.each(closedDays)('on $reason $date: refused with the reason in lv, lt and ru, nothing written; confirmed, recorded', async ({ date, reason, words }) => {
    const anna = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1, 2, 3, 4, 5, 6, 7]);
    await ok('calendar.setDay', { date: '2026-03-06', kind: 'day-off', note: 'Apkures remonts' });
    const day = await ok<{ closed: { reason: string } | null }>('attendance.day', { date });
    expect(day.closed).toMatchObject({ reason });
    const before = databaseSnapshot(core.db);
    for (const language of ['lv', 'lt', 'ru'] as const) {
      const refused = await core.dispatch('attendance.checkIn', { clientId: anna, date, time: '09:00' }, { ...ctx, language });
      expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict', code: `attendance.closedDay.${reason}` } });
      expect(refused.ok ? '' : refused.error.message).toMatch(words[language]);
    }
    expect(databaseSnapshot(core.db)).toBe(before);
    await ok('attendance.checkIn', { clientId: anna, date, time: '09:00', confirmClosedDay: true });
    const rows = (await ok<{ rows: { clientId: number; status: string }[] }>('attendance.day', { date })).rows;
    expect(rows).toEqual([expect.objectContaining({ clientId: anna, status: 'present' })]);
  });

  it('a working day needs no confirmation, and says it is open', async () => {
    const anna = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1, 2, 3, 4, 5]);
    expect(await ok<{ closed: unknown }>('attendance.day', { date: '2026-03-09' })).toMatchObject({ closed: null });
    await ok('attendance.checkIn', { clientId: anna, date: '2026-03-09', time: '09:00' });
  });
});

describe('a closed month is read-only on the day board', () => {
  it('refuses a check-in with a translated conflict and writes nothing, until reopened', async () => {
    const anna = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1, 2, 3, 4, 5]);
    await ok('months.close', { month: '2026-03', service: 'day-care' });
    const before = databaseSnapshot(core.db);
    const refused = await core.dispatch('attendance.checkIn', { clientId: anna, date: '2026-03-09', time: '09:00' }, { ...ctx, language: 'lv' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'months.closed' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/slēgt|mēne/i);
    expect(databaseSnapshot(core.db)).toBe(before);

    await ok('months.reopen', { month: '2026-03', service: 'day-care', reason: 'Labojums pēc parakstīšanas' });
    await ok('attendance.checkIn', { clientId: anna, date: '2026-03-09', time: '09:00' });
  });
});
