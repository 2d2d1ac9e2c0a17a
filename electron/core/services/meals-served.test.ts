import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { AttendanceSheet, DayList } from '#shared/contract/sheets';
import { loggedInCore, type callContext } from '../testing/test-core';
import { insertDayClient } from '../testing/board-fixtures';
import { insertAttendance, insertClient, insertDecision } from '../testing/sheet-fixtures';
import { databaseSnapshot } from '../testing/database-snapshot';

// Monday 9 March 2026, 09:00 local time.
const clock = new Date(2026, 2, 9, 9, 0);
let core: Core;
let ctx: ReturnType<typeof callContext>;
beforeEach(async () => ({ core, ctx } = await loggedInCore({ now: () => clock })));
afterEach(() => core.close());

const serve = async (mealKinds: string[]) => expect(await core.dispatch('settings.update', { idleLockMinutes: 5, mealKinds }, ctx)).toMatchObject({ ok: true });
const setMeals = (clientId: number, meals: string[], context = ctx) => core.dispatch('attendance.setMeals', { clientId, date: '2026-03-09', meals }, context);
const data = <T>(result: Awaited<ReturnType<Core['dispatch']>>): T => {
  if (!result.ok) throw new Error(`call failed: ${result.error.code}`);
  return result.data as T;
};

describe('attendance.setMeals and the meals served', () => {
  it('refuses a meal the centre does not serve, in the caller’s language, and writes nothing', async () => {
    const id = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1]);
    await core.dispatch('attendance.checkIn', { clientId: id }, ctx);
    const before = databaseSnapshot(core.db);

    expect(await setMeals(id, ['lunch', 'dinner'])).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'attendance.mealNotServed', params: { meal: 'dinner' }, message: 'The centre does not serve “Dinner”; an administrator can turn it on in the settings.' },
    });
    expect(await setMeals(id, ['dinner'], { ...ctx, language: 'lv' })).toMatchObject({
      ok: false,
      error: { message: 'Centrs nepiedāvā ēdienreizi „Vakariņas”; administrators to var ieslēgt iestatījumos.' },
    });
    expect(databaseSnapshot(core.db)).toBe(before);

    await serve(['lunch', 'snack', 'dinner']);
    expect(data(await setMeals(id, ['dinner', 'lunch']))).toMatchObject({ meals: ['lunch', 'dinner'] });
  });

  it('keeps a meal recorded before the centre stopped serving it, lets it be taken off, but not put back', async () => {
    const id = insertDayClient(core.db, { firstName: 'Anna', lastName: 'Kalniņa' }, [1]);
    await core.dispatch('attendance.checkIn', { clientId: id }, ctx);
    await setMeals(id, ['breakfast', 'lunch']);
    await serve(['lunch', 'snack', 'dinner']);

    const day = data<{ mealKinds: string[]; rows: { meals: string[] }[] }>(await core.dispatch('attendance.day', { date: '2026-03-09' }, ctx));
    expect(day.mealKinds).toEqual(['lunch', 'snack', 'dinner']);
    expect(day.rows[0]?.meals).toEqual(['breakfast', 'lunch']);
    // Reception ticks snack on the board: the board sends the row's meals as they are, breakfast included.
    expect(data(await setMeals(id, ['breakfast', 'lunch', 'snack']))).toMatchObject({ meals: ['breakfast', 'lunch', 'snack'] });
    expect(data(await setMeals(id, ['lunch', 'snack']))).toMatchObject({ meals: ['lunch', 'snack'] });
    expect(await setMeals(id, ['breakfast', 'lunch', 'snack'])).toMatchObject({ ok: false, error: { code: 'attendance.mealNotServed' } });
  });
});

describe('printed meals', () => {
  it('show the meals served plus any recorded in the period, with totals that keep the history', async () => {
    const a = insertClient(core.db, { firstName: 'Anna', lastName: 'Bērziņa' });
    const b = insertClient(core.db, { firstName: 'Jānis', lastName: 'Āboliņš' });
    for (const id of [a, b]) insertDecision(core.db, id, 'day-care', '2026-11-01');
    insertAttendance(core.db, a, '2026-11-02', { status: 'present', meals: ['breakfast', 'lunch'] });
    insertAttendance(core.db, b, '2026-11-02', { status: 'present', meals: ['lunch'] });
    insertAttendance(core.db, a, '2026-11-03', { status: 'present', meals: ['lunch', 'dinner'] });
    await serve(['lunch', 'dinner']);

    const month = data<AttendanceSheet>(await core.dispatch('sheets.attendanceMonth', { month: '2026-11', service: 'day-care', language: 'lv' }, ctx));
    // Breakfast is no longer served but was eaten this month, so it stays; snack was neither, so it goes.
    expect(month.mealKinds).toEqual(['breakfast', 'lunch', 'dinner']);
    expect(month.totals.meals).toEqual({ breakfast: 1, lunch: 3, snack: 0, dinner: 1 });
    expect(month.rows.find((r) => r.clientId === a)?.meals).toEqual({ breakfast: 1, lunch: 2, snack: 0, dinner: 1 });
    const december = data<AttendanceSheet>(await core.dispatch('sheets.attendanceMonth', { month: '2026-12', service: 'day-care', language: 'lv' }, ctx));
    expect(december.mealKinds).toEqual(['lunch', 'dinner']);

    const list = async (date: string) => data<DayList>(await core.dispatch('sheets.dayList', { date, language: 'ru' }, ctx));
    expect(await list('2026-11-02')).toMatchObject({ mealKinds: ['breakfast', 'lunch', 'dinner'], totals: { meals: { breakfast: 1, lunch: 2, dinner: 0 } } });
    expect(await list('2026-11-03')).toMatchObject({ mealKinds: ['lunch', 'dinner'], totals: { meals: { lunch: 1, dinner: 1 } } });
  });
});
