import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Core } from '../../core';
import { loggedInCore, type callContext } from '../../testing/test-core';
import { insertAttendance, insertClient, insertDecision } from '../../testing/sheet-fixtures';
import type { YearlyStatistics } from '#shared/contract/municipal-reports';

let core: Core;
let ctx: ReturnType<typeof callContext>;
const clock = new Date('2026-03-09T10:00:00.000Z');

beforeEach(async () => {
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
});
afterEach(() => core.close());

function person(lastName: string, sex: 'male' | 'female' | null, birthDate: string | null): number {
  const id = insertClient(core.db, { firstName: 'Test', lastName });
  core.db.$client.prepare('UPDATE clients SET sex = ?, birth_date = ? WHERE id = ?').run(sex, birthDate, id);
  return id;
}

async function stats(year: number, format: 'data' | 'xlsx' = 'data') {
  const result = await core.dispatch('exports.yearlyStatistics', { year, language: 'lv', format }, ctx);
  if (!result.ok) throw new Error(result.error.code);
  return result.data as { statistics: YearlyStatistics; file: { base64: string; fileName: string } | null };
}

/**
 * 2025, by hand:
 * - Ozols (m, 1950-06-01 → 75 on 31.12.2025): day care 2024-05-01 … open; 3 present days in 2025, 1 in 2024.
 * - Liepa (f, 1940-12-31 → 85): day care 2025-03-01 … 2025-06-30, renewed 2025-07-01 … 2025-09-30 (one stay);
 *   2 present days. Admitted in 2025, discharged 30.09.2025.
 * - Kalns (sex unknown, no birth date): residential care 2025-12-01 … open: 31 client-days.
 * - Bērziņa (f, 2010-01-15 → 15): dementia day centre 2024-01-01 … 2024-12-31: ended before 2025, not served.
 * - Voided decision of Zariņa: counts nowhere.
 */
function seed2025() {
  const ozols = person('Ozols', 'male', '1950-06-01');
  insertDecision(core.db, ozols, 'day-care', '2024-05-01');
  for (const d of ['2024-12-30', '2025-01-05', '2025-06-10', '2025-12-31']) insertAttendance(core.db, ozols, d, { status: 'present' });
  const liepa = person('Liepa', 'female', '1940-12-31');
  insertDecision(core.db, liepa, 'day-care', '2025-03-01', '2025-06-30');
  insertDecision(core.db, liepa, 'day-care', '2025-07-01', '2025-09-30');
  insertAttendance(core.db, liepa, '2025-03-03', { status: 'present' });
  insertAttendance(core.db, liepa, '2025-03-04', { status: 'present' });
  insertAttendance(core.db, liepa, '2025-03-05', { status: 'absent' });
  const kalns = person('Kalns', null, null);
  insertDecision(core.db, kalns, 'residential-care', '2025-12-01');
  const berzina = person('Bērziņa', 'female', '2010-01-15');
  insertDecision(core.db, berzina, 'dementia-day-centre', '2024-01-01', '2024-12-31');
  const zarina = person('Zariņa', 'female', '1960-01-01');
  const voided = insertDecision(core.db, zarina, 'day-care', '2025-02-01');
  core.db.$client.prepare("UPDATE service_decisions SET voided_at = '2025-02-02T00:00:00Z', void_reason = 'x' WHERE id = ?").run(voided);
  return { ozols, liepa, kalns, berzina };
}

describe('exports.yearlyStatistics', () => {
  it('counts the form’s figures for a closed year, each with the clients behind it', async () => {
    const { ozols, liepa, kalns } = seed2025();
    const { statistics: s } = await stats(2025);
    expect(s.until).toBe('2025-12-31');
    expect(s.figures).toEqual({
      served: { count: 3, clientIds: [ozols, liepa, kalns] },
      male: { count: 1, clientIds: [ozols] },
      female: { count: 1, clientIds: [liepa] },
      sexUnknown: { count: 1, clientIds: [kalns] },
      clientDays: { count: 3 + 2 + 31, clientIds: [ozols, liepa, kalns] },
      admissions: { count: 2, clientIds: [liepa, kalns] },
      discharges: { count: 1, clientIds: [liepa] },
      atYearEnd: { count: 2, clientIds: [ozols, kalns] },
    });
    const cell = (sex: string, ageGroup: string) => s.bySexAndAge.find((r) => r.sex === sex && r.ageGroup === ageGroup)!.figure.count;
    expect([cell('male', '75-84'), cell('female', '85+'), cell('unknown', 'unknown'), cell('female', '0-17')]).toEqual([1, 1, 1, 0]);
    const service = (name: string) => s.byService.find((r) => r.service === name)!;
    expect(service('day-care')).toMatchObject({ served: { count: 2 }, admissions: { count: 1 }, discharges: { count: 1 }, clientDays: { count: 5 } });
    expect(service('residential-care')).toMatchObject({ served: { count: 1 }, admissions: { count: 1 }, clientDays: { count: 31 } });
    expect(service('dementia-day-centre').served.count).toBe(0);
    expect(s.clients.map((c) => c.name)).toEqual(['Kalns Test', 'Liepa Test', 'Ozols Test']);
  });

  it('counts the running year until today and refuses a year not begun with a translated error', async () => {
    seed2025();
    expect((await stats(2026)).statistics.until).toBe('2026-03-09');
    const future = await core.dispatch('exports.yearlyStatistics', { year: 2027, language: 'lv' }, ctx);
    expect(future).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'municipalReports.futureYear', message: 'The year 2027 has not begun yet.' } });
  });

  it('writes an XLSX with numbers as numbers and the clients of each figure, and audits the export with its figures', async () => {
    seed2025();
    const { file } = await stats(2025, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file!.base64, 'base64') as unknown as ArrayBuffer);
    const summary = book.worksheets[0]!;
    const rows = summary.getSheetValues().filter(Boolean) as unknown[][];
    const served = rows.find((r) => r[1] === 'Apkalpotie klienti gadā');
    expect(served?.[2]).toBe(3);
    const clientDays = rows.find((r) => r[1] === 'Klientu dienas');
    expect(clientDays?.[2]).toBe(36);
    const list = book.worksheets[1]!;
    expect(list.rowCount).toBeGreaterThan(3);
    const audit = core.db.$client.prepare("SELECT entity, changes FROM audit_log WHERE method = 'exports.yearlyStatistics' ORDER BY id DESC LIMIT 1").get() as { entity: string; changes: string };
    expect(audit.entity).toBe('yearly-statistics');
    expect((JSON.parse(audit.changes) as { after: unknown }).after).toMatchObject({ served: 3, clientDays: 36, admissions: 2, discharges: 1, atYearEnd: 2 });
  });
});
