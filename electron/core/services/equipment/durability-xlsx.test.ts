import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '#shared/contract/index';
import type { Core } from '../../core';
import type { callContext } from '../../testing/test-core';
import { loggedInCore } from '../../testing/test-core';
import { ok } from '../../testing/client-fixtures';

let core: Core;
let ctx: ReturnType<typeof callContext>;
const clock = new Date(2026, 10, 20, 9, 0);

beforeEach(async () => {
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
});
afterEach(() => core.close());

const item = (overrides: Partial<MethodInput<'equipment.items.create'>>): MethodInput<'equipment.items.create'> => ({
  category: 'lift-platform',
  name: 'Pacēlāja platforma',
  location: 'Ieeja',
  purchaseDate: '2024-05-10',
  priceCents: 1_850_000,
  fundingSource: 'eu-project',
  projectCode: 'ENI-LLB-1-031',
  projectName: 'Care Closer 2 Home',
  durabilityUntil: '2029-05-31',
  ...overrides,
});
const auditRows = () =>
  core.db.$client.prepare("SELECT method, entity, changes FROM audit_log WHERE method = 'equipment.durabilityXlsx' ORDER BY id").all() as { method: string; entity: string; changes: string }[];

describe('durability report as XLSX', () => {
  it('has typed cells, a year column per year, a totals row, the early write-off filled with its reason; audited', async () => {
    await ok(core, ctx, 'equipment.items.create', item({ inventoryNumber: 'INV-0001' }));
    const chair = await ok(core, ctx, 'equipment.items.create', item({ inventoryNumber: 'INV-0002', category: 'shower-chair', name: '=cmd|calc', priceCents: 25_050 }));
    await ok(core, ctx, 'equipment.items.create', item({ inventoryNumber: 'INV-0003', fundingSource: 'own-budget' }));
    await ok(core, ctx, 'equipment.items.writeOff', { id: chair.id, on: '2025-01-15', reason: 'Salūzis' });

    const file = await ok(core, ctx, 'equipment.durabilityXlsx', { projectCode: 'ENI-LLB-1-031', language: 'lt' });
    expect(file.fileName).toBe('tvarumo-ataskaita-ENI-LLB-1-031-2026-11-20.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header[1]).toBe('Inventorinis numeris');
    expect(header.filter((h) => typeof h === 'string' && /20\d\d$/.test(h))).toHaveLength(3); // 2024, 2025, 2026
    const price = 5;
    expect(header[price - 1]).toBe('Kaina, EUR');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(sheet.getColumn(3).width).toBe(32);

    expect(sheet.getRow(2).getCell(1).value).toBe(1);
    expect(sheet.getRow(2).getCell(price).value).toBe(18_500);
    expect(sheet.getRow(2).getCell(6).value).toBeInstanceOf(Date);
    expect(sheet.getRow(3).getCell(3).value).toBe(`'=cmd|calc`);
    expect(sheet.getRow(3).getCell(4).value).toBe('Dušo kėdė');
    const reason = sheet.getRow(3).getCell(header.length).text;
    expect(reason).toContain('Salūzis');
    expect(sheet.getRow(3).getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.getRow(2).getCell(1).fill).toBeUndefined();
    expect(sheet.getRow(2).getCell(12).value).toBe(0); // uses in 2024: a number, zero

    const totals = sheet.getRow(4);
    expect(totals.getCell(3).text).toBe('Iš viso: 2 vienetai');
    expect(totals.getCell(price).value).toBe(18_750.5);
    expect(totals.font?.bold).toBe(true);

    const audits = auditRows();
    expect(audits).toHaveLength(1);
    expect((JSON.parse(audits[0]!.changes) as { after: unknown }).after).toMatchObject({ report: 'durability', projectCode: 'ENI-LLB-1-031', language: 'lt', rows: 2 });
    expect(audits[0]!.entity).toBe('equipment_export');
  });

  it('an unknown project is not found and nothing is audited', async () => {
    expect(await core.dispatch('equipment.durabilityXlsx', { projectCode: 'NONE', language: 'ru' }, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(auditRows()).toHaveLength(0);
  });
});
