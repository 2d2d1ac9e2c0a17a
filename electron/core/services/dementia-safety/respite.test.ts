import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { loggedInCore, type callContext } from '../../testing/test-core';
import { insertClient, insertDecision } from '../../testing/board-fixtures';
import { ok, staffContext } from '../../testing/client-fixtures';
import { databaseSnapshot } from '../../testing/database-snapshot';

let core: Core;
let ctx: ReturnType<typeof callContext>;
const clock = new Date(2026, 2, 20, 18, 0);

beforeEach(async () => {
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
});
afterEach(() => core.close());

async function visit(clientId: number, date: string, arrived: string, left: string | null) {
  await ok(core, ctx, 'attendance.checkIn', { clientId, date, time: arrived });
  if (left) await ok(core, ctx, 'attendance.checkOut', { clientId, date, time: left });
}

describe('respite hours', () => {
  it('sums each main carer’s client’s time at the centre per month, and lists all carers in XLSX', async () => {
    const client = insertClient(core.db, { firstName: 'Valdis', lastName: 'Sproģis', language: 'ru' });
    insertDecision(core.db, { clientId: client, service: 'dementia-day-centre', validFrom: '2026-01-01', plannedWeekdays: [1, 2, 3, 4, 5] });
    const { relative: carer } = await ok(core, ctx, 'relatives.create', {
      clientId: client, name: 'Ilze Sproģe', relation: 'child', canCollect: true, emergencyContact: true, priority: 1, mainCarer: true,
    });
    await ok(core, ctx, 'relatives.create', { clientId: client, name: 'Pēteris', relation: 'neighbour', canCollect: false, emergencyContact: false, priority: 2 });
    await visit(client, '2026-02-27', '09:00', '16:00'); // another month
    await visit(client, '2026-03-02', '08:30', '16:00'); // 7 h 30 min
    await visit(client, '2026-03-03', '09:15', '15:45'); // 6 h 30 min
    await visit(client, '2026-03-20', '09:00', null); // still here: not counted

    const { rows } = await ok(core, ctx, 'respite.month', { month: '2026-03' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ carerId: carer.id, carerName: 'Ilze Sproģe', carerLanguage: 'ru', clientName: 'Valdis Sproģis', totalMinutes: 14 * 60 });
    expect(rows[0]!.days.map((d) => [d.date, d.minutes])).toEqual([['2026-03-02', 450], ['2026-03-03', 390]]);
    expect((await ok(core, ctx, 'respite.month', { month: '2026-03', carerId: carer.id + 1 })).rows).toEqual([]);

    const file = await ok(core, ctx, 'respite.exportXlsx', { month: '2026-03', language: 'lv' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(5).value).toBe('Stundas');
    expect(sheet.getRow(2).values).toEqual([undefined, 'Ilze Sproģe', 'Valdis Sproģis', '2026-03', 2, 14]);
    expect(core.db.$client.prepare("SELECT count(*) FROM audit_log WHERE method = 'respite.exportXlsx'").pluck().get()).toBe(1);
  });

  it('refuses a month in the future in the caller’s language, and keeps respite from carers and reception', async () => {
    const before = databaseSnapshot(core.db);
    const lt = staffContext(core, 'manager', 'lt');
    const snapshot = databaseSnapshot(core.db);
    const future = await core.dispatch('respite.month', { month: '2026-04' }, lt);
    expect(future).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'respite.futureMonth' } });
    expect(!future.ok && future.error.message).toMatch(/atokvėpio/);
    expect(await core.dispatch('respite.exportXlsx', { month: '2026-04', language: 'lt' }, lt)).toMatchObject({ ok: false, error: { code: 'respite.futureMonth' } });
    expect(databaseSnapshot(core.db)).toBe(snapshot);
    expect(before).not.toBe(snapshot);
    for (const role of ['carer', 'reception'] as const) {
      expect(await core.dispatch('respite.month', { month: '2026-03' }, staffContext(core, role))).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
  });
});
