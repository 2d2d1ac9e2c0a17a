import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { AttendanceSheet } from '#shared/contract/sheets';
import { loggedInCore } from '../testing/test-core';
import { insertAttendance, insertClient, insertDecision, loginAs, seedMonth } from '../testing/sheet-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

async function sheet(c: Core, ctx: Parameters<Core['dispatch']>[2], input: Record<string, unknown>): Promise<AttendanceSheet> {
  const result = await c.dispatch('sheets.attendanceMonth', { month: '2026-11', service: 'day-care', language: 'lv', ...input }, ctx);
  if (!result.ok) throw new Error(`sheet failed: ${result.error.code}`);
  return result.data as AttendanceSheet;
}

describe('sheets.attendanceMonth', () => {
  it('has totals that equal the attendance rows, per client, per reason, per meal and per day', async () => {
    let ctx;
    ({ core, ctx } = await loggedInCore());
    seedMonth(core.db, '2026-11', 'day-care', 12);
    const data = await sheet(core, ctx, {});
    const count = (sql: string) => (core!.db.$client.prepare(sql).get() as { n: number }).n;

    expect(data.rows).toHaveLength(12);
    expect(data.days).toHaveLength(30);
    expect(data.totals.present).toBe(count("SELECT count(*) AS n FROM attendance WHERE status = 'present'"));
    for (const reason of ['sick', 'notified', 'unexcused', 'centre-closed', 'hospital', 'holiday'] as const) {
      expect(data.totals.absences[reason]).toBe(count(`SELECT count(*) AS n FROM attendance WHERE absence_reason = '${reason}'`));
    }
    expect(data.totals.meals.lunch).toBe(count("SELECT count(*) AS n FROM attendance, json_each(meals) WHERE json_each.value = 'lunch'"));
    expect(data.totals.meals.breakfast).toBe(count("SELECT count(*) AS n FROM attendance, json_each(meals) WHERE json_each.value = 'breakfast'"));
    expect(data.totals.presentByDay.reduce((a, b) => a + b, 0)).toBe(data.totals.present);
    expect(data.totals.presentByDay[17]).toBe(count("SELECT count(*) AS n FROM attendance WHERE status = 'present' AND date = '2026-11-18'"));
    for (const row of data.rows) {
      expect(row.marks.filter((m) => m === '+').length).toBe(row.present);
      expect(row.code).toMatch(/^\d{6}-\*{5}$/);
    }
    // 18 November is a holiday and 21 November a Saturday: shaded (not working).
    expect(data.days[17]).toMatchObject({ working: false, holiday: 'Latvijas Republikas proklamēšanas diena' });
    expect(data.days[20]).toMatchObject({ weekend: true, working: false });
    expect(data.legend.map((l) => l.letter)).toEqual(['S', 'P', 'N', 'C', 'Sl', 'A']);
  });

  it('prints the decision holders of a month without data, and skips other services and months', async () => {
    let ctx;
    ({ core, ctx } = await loggedInCore());
    const db = core.db;
    const holder = insertClient(db, { firstName: 'Ilze', lastName: 'Ozola' });
    insertDecision(db, holder, 'day-care', '2026-10-15', '2026-11-03');
    const ended = insertClient(db, { firstName: 'Pēteris', lastName: 'Vecais' });
    insertDecision(db, ended, 'day-care', '2025-01-01', '2026-10-31');
    const otherService = insertClient(db, { firstName: 'Olga', lastName: 'Demence' });
    insertDecision(db, otherService, 'dementia-day-centre', '2026-01-01');
    // Attendance without an overlapping decision still ties the client to the sheet of their service.
    const late = insertClient(db, { firstName: 'Kārlis', lastName: 'Vēlais' });
    insertDecision(db, late, 'day-care', '2026-12-01');
    insertAttendance(db, late, '2026-11-30', { status: 'present' });

    const data = await sheet(core, ctx, {});
    expect(data.rows.map((r) => r.name)).toEqual(['Ozola Ilze', 'Vēlais Kārlis']);
    expect(data.rows[0]).toMatchObject({ present: 0, marks: Array(30).fill('') });
    expect(data.totals.present).toBe(1);
    const empty = await sheet(core, ctx, { month: '2027-02' });
    expect(empty.rows.map((r) => r.name)).toEqual(['Vēlais Kārlis']);
  });

  it('sorts names by the centre’s alphabet whatever the print language, so row numbers agree, and translates the letters', async () => {
    let ctx;
    ({ core, ctx } = await loggedInCore());
    const names = [['Šarlote', 'Zariņa'], ['Anna', 'Čakste'], ['Ivars', 'Cirulis'], ['Jānis', 'Ābols'], ['Zane', 'Abele'], ['Oļegs', 'Šapovalovs'], ['Ēvalds', 'Saulītis'], ['Иван', 'Иванов'], ['Ilze', 'Yla'], ['Inga', 'Ivanova']];
    for (const [first, last] of names) {
      const id = insertClient(core.db, { firstName: first as string, lastName: last as string });
      insertDecision(core.db, id, 'day-care', '2026-01-01');
      insertAttendance(core.db, id, '2026-11-02', { status: 'absent', reason: 'sick' });
    }
    const latvian = ['Abele', 'Ābols', 'Cirulis', 'Čakste', 'Ivanova', 'Yla', 'Saulītis', 'Šapovalovs', 'Zariņa', 'Иванов'];
    const lv = await sheet(core, ctx, { language: 'lv' });
    expect(lv.rows.map((r) => r.name.split(' ')[0])).toEqual(latvian);
    expect(lv.rows[0]?.marks[1]).toBe('S');
    // A Russian or Lithuanian copy of the same month: same order, same numbers, its own letters.
    const ru = await sheet(core, ctx, { language: 'ru' });
    expect(ru.rows.map((r) => r.name.split(' ')[0])).toEqual(latvian);
    expect(ru.rows[0]?.marks[1]).toBe('Б');
    const lt = await sheet(core, ctx, { language: 'lt' });
    expect(lt.rows.map((r) => r.name.split(' ')[0])).toEqual(latvian);
    expect(lt.rows[0]?.marks[1]).toBe('L');
    expect(lt.legend.find((l) => l.reason === 'hospital')?.letter).toBe('G');

    // A Lithuanian centre sorts by the Lithuanian alphabet (Y with I, before it), in every language.
    core.db.$client.prepare("UPDATE centre SET country = 'LT'").run();
    const lithuanian = ['Abele', 'Ābols', 'Cirulis', 'Čakste', 'Yla', 'Ivanova', 'Saulītis', 'Šapovalovs', 'Zariņa', 'Иванов'];
    for (const language of ['lv', 'lt', 'ru', 'en'] as const) {
      expect((await sheet(core, ctx, { language })).rows.map((r) => r.name.split(' ')[0])).toEqual(lithuanian);
    }
  });

  it('shows full personal codes only when asked, names the approving manager, and is for managers only', async () => {
    let ctx;
    ({ core, ctx } = await loggedInCore());
    const id = insertClient(core.db, { firstName: 'Anna', lastName: 'Liepa', personalCode: '32345678901', codeCountry: 'LV' });
    insertDecision(core.db, id, 'day-care', '2026-01-01');
    const lt = insertClient(core.db, { firstName: 'Jonas', lastName: 'Jonaitis', personalCode: '38703181745', codeCountry: 'LT' });
    insertDecision(core.db, lt, 'day-care', '2026-01-01');
    expect((await sheet(core, ctx, {})).rows.map((r) => r.code)).toEqual(['3870318****', '323456-*****']);
    expect((await sheet(core, ctx, { codes: 'full' })).rows.map((r) => r.code)).toEqual(['38703181745', '323456-78901']);
    const manager = await loginAs(core, 'manager', 'Maija Vadītāja');
    expect(await sheet(core, manager, {})).toMatchObject({ preparedBy: 'Maija Vadītāja', approvedBy: 'Maija Vadītāja', closed: false });
    const reception = await loginAs(core, 'reception', 'Rita');
    expect(await core.dispatch('sheets.attendanceMonth', { month: '2026-11', service: 'day-care', language: 'lv' }, reception)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await core.dispatch('sheets.attendanceMonth', { month: '2026-11', service: 'massage', language: 'lv' }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });
});

describe('sheets.dayList', () => {
  it('lists who came on the day with meals and who is still in the centre', async () => {
    ({ core } = await loggedInCore());
    const a = insertClient(core.db, { firstName: 'Anna', lastName: 'Bērziņa' });
    const b = insertClient(core.db, { firstName: 'Jānis', lastName: 'Āboliņš' });
    const c = insertClient(core.db, { firstName: 'Ilze', lastName: 'Kalna' });
    insertAttendance(core.db, a, '2026-11-23', { status: 'present', meals: ['breakfast', 'lunch'], leftAt: null });
    insertAttendance(core.db, b, '2026-11-23', { status: 'present', meals: ['lunch'] });
    insertAttendance(core.db, c, '2026-11-23', { status: 'absent', reason: 'sick' });
    const reception = await loginAs(core, 'reception', 'Rita Reģistratūra');
    const result = await core.dispatch('sheets.dayList', { date: '2026-11-23', language: 'lv' }, reception);
    expect(result).toMatchObject({
      ok: true,
      data: {
        rows: [
          { name: 'Āboliņš Jānis', inBuilding: false, meals: ['lunch'] },
          { name: 'Bērziņa Anna', inBuilding: true, meals: ['breakfast', 'lunch'] },
        ],
        mealKinds: ['breakfast', 'lunch', 'snack'],
        totals: { present: 2, inBuilding: 1, meals: { breakfast: 1, lunch: 2, snack: 0, dinner: 0 } },
      },
    });
  });

  it('lists the day in the centre’s alphabet whatever the print language', async () => {
    let ctx;
    ({ core, ctx } = await loggedInCore());
    for (const lastName of ['Иванов', 'Yla', 'Bērziņa', 'Ivanova']) {
      insertAttendance(core.db, insertClient(core.db, { firstName: 'Anna', lastName }), '2026-11-23', { status: 'present' });
    }
    for (const language of ['lv', 'lt', 'ru'] as const) {
      const result = await core.dispatch('sheets.dayList', { date: '2026-11-23', language }, ctx);
      if (!result.ok) throw new Error(result.error.code);
      expect((result.data as { rows: { name: string }[] }).rows.map((r) => r.name)).toEqual(['Bērziņa Anna', 'Ivanova Anna', 'Yla Anna', 'Иванов Anna']);
    }
  });
});
