import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '#shared/contract/index';
import type { Core } from '../../core';
import type { callContext} from '../../testing/test-core';
import { loggedInCore } from '../../testing/test-core';
import { ok, staffContext } from '../../testing/client-fixtures';
import { databaseSnapshot } from '../../testing/database-snapshot';
import { nextDigits, numberPattern } from './inventory-number';
import { sniffMime } from './file-type';

let core: Core;
let ctx: ReturnType<typeof callContext>;
const clock = new Date(2026, 10, 20, 9, 0);

beforeEach(async () => {
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
});
afterEach(() => core.close());

const lift = (overrides: Partial<MethodInput<'equipment.items.create'>> = {}): MethodInput<'equipment.items.create'> => ({
  category: 'lift-platform',
  name: 'Pacēlāja platforma',
  manufacturer: 'Liftup',
  location: 'Ieeja',
  purchaseDate: '2021-05-10',
  priceCents: 1_850_000,
  fundingSource: 'eu-project',
  projectCode: 'ENI-LLB-1-031',
  projectName: 'Care Closer 2 Home',
  durabilityUntil: '2026-11-30',
  ...overrides,
});
const auditMethods = () => core.db.$client.prepare("SELECT method FROM audit_log WHERE entity LIKE 'equipment%' ORDER BY id").pluck().all();
const pdfBytes = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const pngBytes = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('inventory numbers', () => {
  it('continue the last-used pattern, zero-padded, past numbers typed by hand', async () => {
    expect((await ok(core, ctx, 'equipment.items.suggestNumber', {})).inventoryNumber).toBe('INV-0001');
    await ok(core, ctx, 'equipment.items.create', lift({ inventoryNumber: 'DC-2021/007' }));
    await ok(core, ctx, 'equipment.items.create', lift({ inventoryNumber: 'DC-2021/009', name: 'Dušas krēsls', category: 'shower-chair' }));
    const next = await ok(core, ctx, 'equipment.items.create', lift({ name: 'Dušas krēsls 2', category: 'shower-chair' }));
    expect(next.inventoryNumber).toBe('DC-2021/010');
    expect((await ok(core, ctx, 'equipment.items.suggestNumber', {})).inventoryNumber).toBe('DC-2021/011');
    expect(numberPattern('INV-0041/A')).toEqual({ prefix: 'INV-', digits: '0041', suffix: '/A' });
    expect(nextDigits('0099')).toBe('0100');
    expect(nextDigits('99')).toBe('100');
  });
});

describe('items', () => {
  it('registers, edits and writes off an EU-project item, each change audited', async () => {
    const item = await ok(core, ctx, 'equipment.items.create', lift({ inventoryNumber: 'INV-0001' }));
    expect(item).toMatchObject({ inventoryNumber: 'INV-0001', status: 'in-use', projectCode: 'ENI-LLB-1-031', manufacturer: 'Liftup', model: null });
    const edited = await ok(core, ctx, 'equipment.items.update', { ...lift(), id: item.id, inventoryNumber: 'INV-0001', location: '1. stāvs', status: 'under-repair' });
    expect(edited).toMatchObject({ location: '1. stāvs', status: 'under-repair' });
    const off = await ok(core, ctx, 'equipment.items.writeOff', { id: item.id, on: '2026-11-02', reason: 'Bojāta pēc plūdiem' });
    expect(off).toMatchObject({ status: 'written-off', writtenOffOn: '2026-11-02', writeOffReason: 'Bojāta pēc plūdiem' });
    expect(auditMethods()).toEqual(['equipment.items.create', 'equipment.items.update', 'equipment.items.writeOff']);
    expect(await ok(core, ctx, 'equipment.byNumber', { inventoryNumber: ' INV-0001 ' })).toMatchObject({ item: { id: item.id } });
    expect(await ok(core, ctx, 'equipment.byNumber', { inventoryNumber: 'https://x.example/?a=1' })).toEqual({ item: null });
  });

  it('refuses a duplicate number, a project item without its project, a write-off without reason: translated, nothing written', async () => {
    const item = await ok(core, ctx, 'equipment.items.create', lift({ inventoryNumber: 'INV-0001' }));
    const lv = staffContext(core, 'manager', 'lv');
    const before = databaseSnapshot(core.db);
    const duplicate = await core.dispatch('equipment.items.create', lift({ inventoryNumber: 'INV-0001' }), lv);
    expect(duplicate).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'equipment.duplicateNumber' } });
    expect(!duplicate.ok && duplicate.error.message).toContain('INV-0001');
    expect(!duplicate.ok && duplicate.error.message).toContain('jau ir piešķirts');
    const noProject = await core.dispatch('equipment.items.create', lift({ projectCode: '' }), lv);
    expect(noProject).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['projectCode'], code: 'field.projectCodeRequired' }] } });
    const noReason = await core.dispatch('equipment.items.writeOff', { id: item.id, on: '2026-11-02', reason: '  ' }, lv);
    expect(noReason).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['reason'] }] } });
    expect(!noReason.ok && noReason.error.issues?.[0]?.message).toBe('Norādiet norakstīšanas iemeslu.');
    const url = await core.dispatch('equipment.items.create', lift({ inventoryNumber: 'http://evil/?q=1' }), lv);
    expect(url).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['inventoryNumber'], code: 'field.inventoryNumberFormat' }] } });
    expect(databaseSnapshot(core.db)).toBe(before);
  });

  it('lists with filters, sort and paging, and totals the purchase value of all that match', async () => {
    for (let i = 1; i <= 12; i += 1) {
      await ok(core, ctx, 'equipment.items.create', lift({ inventoryNumber: `INV-${String(i).padStart(4, '0')}`, name: `Dušas krēsls ${i}`, category: 'shower-chair', priceCents: 10_000 * i, location: i % 2 ? 'Duša 1' : 'Duša 2' }));
    }
    await ok(core, ctx, 'equipment.items.create', lift({ inventoryNumber: 'OWN-1', fundingSource: 'own-budget', projectCode: 'X', priceCents: 5 }));
    const page = await ok(core, ctx, 'equipment.items.list', { category: 'shower-chair', location: 'Duša 1', sort: 'price', direction: 'desc', page: 1, pageSize: 4 });
    expect(page.total).toBe(6);
    expect(page.totalPriceCents).toBe(10_000 * (1 + 3 + 5 + 7 + 9 + 11));
    expect(page.items.map((i) => i.inventoryNumber)).toEqual(['INV-0011', 'INV-0009', 'INV-0007', 'INV-0005']);
    expect(page.locations).toEqual(['Duša 1', 'Duša 2', 'Ieeja']);
    expect(page.projects).toEqual([{ code: 'ENI-LLB-1-031', name: 'Care Closer 2 Home' }]);
    const own = await ok(core, ctx, 'equipment.items.list', { search: 'own-' });
    expect(own.items).toMatchObject([{ inventoryNumber: 'OWN-1', projectCode: null }]);
  });

  it('is kept by managers; a carer may look items up but not change them', async () => {
    const carer = staffContext(core, 'carer');
    await ok(core, ctx, 'equipment.items.create', lift({ inventoryNumber: 'INV-0001' }));
    expect(await core.dispatch('equipment.items.create', lift(), carer)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await core.dispatch('equipment.byNumber', { inventoryNumber: 'INV-0001' }, carer)).toMatchObject({ ok: true });
  });

  it('has the centre’s own categories, named in each language', async () => {
    const own = await ok(core, ctx, 'equipment.categories.create', { nameLv: 'Masāžas krēsls', nameLt: 'Masažo kėdė', nameRu: 'Массажное кресло' });
    const item = await ok(core, ctx, 'equipment.items.create', lift({ category: `custom:${own.id}`, fundingSource: 'donation' }));
    expect(item.category).toBe(`custom:${own.id}`);
    expect(await core.dispatch('equipment.items.create', lift({ category: 'custom:999' }), ctx)).toMatchObject({ ok: false, error: { code: 'equipment.categoryNotFound' } });
    expect(await core.dispatch('equipment.items.create', lift({ category: 'sofa' }), ctx)).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });
});

describe('attachments', () => {
  it('keeps a PDF or an image in the database, told by its bytes; refuses anything else or anything over 20 MB', async () => {
    const item = await ok(core, ctx, 'equipment.items.create', lift());
    const invoice = await ok(core, ctx, 'equipment.attachments.add', { itemId: item.id, kind: 'invoice', fileName: 'rekins.pdf', dataBase64: pdfBytes.toString('base64') });
    expect(invoice).toMatchObject({ mime: 'application/pdf', size: pdfBytes.length, kind: 'invoice' });
    const photo = await ok(core, ctx, 'equipment.attachments.add', { itemId: item.id, kind: 'photo', fileName: 'foto.pdf', dataBase64: pngBytes.toString('base64') });
    expect(photo.mime).toBe('image/png');
    const got = await ok(core, ctx, 'equipment.attachments.get', { id: invoice.id });
    expect(Buffer.from(got.dataBase64, 'base64').equals(pdfBytes)).toBe(true);

    const before = databaseSnapshot(core.db);
    const exe = await core.dispatch('equipment.attachments.add', { itemId: item.id, kind: 'manual', fileName: 'manual.pdf', dataBase64: Buffer.from('MZ\x90\x00').toString('base64') }, ctx);
    expect(exe).toMatchObject({ ok: false, error: { code: 'equipment.attachmentType' } });
    const big = Buffer.alloc(20 * 1024 * 1024 + 3);
    pdfBytes.copy(big);
    const tooBig = await core.dispatch('equipment.attachments.add', { itemId: item.id, kind: 'manual', fileName: 'big.pdf', dataBase64: big.toString('base64') }, ctx);
    expect(tooBig).toMatchObject({ ok: false });
    expect(databaseSnapshot(core.db)).toBe(before);
    // The file's bytes never reach the audit trail.
    const changes = core.db.$client.prepare("SELECT changes FROM audit_log WHERE entity = 'equipment_attachment'").pluck().all() as string[];
    expect(changes).toHaveLength(2);
    expect(changes.join()).not.toContain(pdfBytes.toString('base64'));
    expect(sniffMime(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
  });
});

describe('labels, durability report and export', () => {
  it('labels carry the inventory number as the whole QR content', async () => {
    const a = await ok(core, ctx, 'equipment.items.create', lift({ inventoryNumber: 'INV-0001' }));
    const sheet = await ok(core, ctx, 'equipment.labels.pdf', { itemIds: [a.id, a.id], layout: '3x8', startPosition: 5, language: 'lv' });
    expect(sheet.labels).toHaveLength(2);
    expect(sheet.labels[0]).toMatchObject({ inventoryNumber: 'INV-0001', name: 'Pacēlāja platforma' });
    expect(sheet.labels[0]!.qr.size).toBeGreaterThanOrEqual(21);
    expect(await core.dispatch('equipment.labels.pdf', { itemIds: [a.id], layout: '3x8', startPosition: 25, language: 'lv' }, ctx)).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['startPosition'] }] },
    });
  });

  it('the durability report lists the project’s items with totals, an early write-off marked', async () => {
    await ok(core, ctx, 'equipment.items.create', lift({ inventoryNumber: 'INV-0001' }));
    const chair = await ok(core, ctx, 'equipment.items.create', lift({ inventoryNumber: 'INV-0002', category: 'shower-chair', name: 'Dušas krēsls', priceCents: 25_000 }));
    await ok(core, ctx, 'equipment.items.create', lift({ inventoryNumber: 'INV-0003', fundingSource: 'own-budget' }));
    await ok(core, ctx, 'equipment.items.writeOff', { id: chair.id, on: '2025-01-15', reason: 'Salūzis' });
    const report = await ok(core, ctx, 'equipment.durability', { projectCode: 'ENI-LLB-1-031', language: 'ru' });
    expect(report.items.map((i) => i.inventoryNumber)).toEqual(['INV-0001', 'INV-0002']);
    expect(report.items[1]).toMatchObject({ category: 'Стул для душа', writtenOffEarly: true, writeOffReason: 'Salūzis' });
    expect(report.totals).toEqual({ items: 2, priceCents: 1_875_000, present: 1, inUse: 1, writtenOff: 1, writtenOffEarly: 1 });
    expect(report.project).toEqual({ code: 'ENI-LLB-1-031', name: 'Care Closer 2 Home', durabilityUntil: '2026-11-30' });
    expect(await core.dispatch('equipment.durability', { projectCode: 'NONE', language: 'lv' }, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('exports the register as XLSX with typed cells, formulas neutralised, and audits the export', async () => {
    await ok(core, ctx, 'equipment.items.create', lift({ inventoryNumber: 'INV-0001', name: '=HYPERLINK("http://x","y")', location: '+1 stāvs' }));
    await ok(core, ctx, 'equipment.items.create', lift({ inventoryNumber: 'INV-0002', priceCents: 12_345 }));
    const file = await ok(core, ctx, 'equipment.register.export', { filter: { sort: 'inventoryNumber' }, language: 'lt' });
    expect(file.fileName).toMatch(/^inventoriaus-registras-2026-11-20\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Inventorinis numeris');
    expect(sheet.getRow(2).getCell(2).value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(sheet.getRow(2).getCell(7).value).toBe(`'+1 stāvs`);
    expect(sheet.getRow(2).getCell(3).value).toBe('Keltuvo platforma');
    expect(sheet.getRow(3).getCell(10).value).toBeInstanceOf(Date);
    expect(sheet.getRow(3).getCell(11).value).toBe(123.45);
    expect(sheet.getRow(4).getCell(11).value).toBe(18_500 + 123.45);
    expect(auditMethods().at(-1)).toBe('equipment.register.export');
  });
});
