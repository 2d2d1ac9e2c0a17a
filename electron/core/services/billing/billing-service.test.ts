import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Core } from '../../core';
import type { CallResult, MethodInput, MethodName, MethodOutput } from '#shared/contract/index';
import { loggedInCore } from '../../testing/test-core';
import { addClient, addDay, addDecision, addPrice } from '../../testing/billing-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

type Ctx = Awaited<ReturnType<typeof loggedInCore>>['ctx'];
/** `core.dispatch` with the answer typed from the contract. */
const call = <M extends MethodName>(c: Core, method: M, input: MethodInput<M>, ctx: Ctx) =>
  c.dispatch(method, input, ctx) as Promise<CallResult<MethodOutput<M>>>;
const today = () => new Date('2026-04-08T10:00:00');

async function setUp() {
  const made = await loggedInCore({ now: today });
  core = made.core;
  return made;
}

const price = (over: Partial<MethodInput<'prices.save'>> = {}): MethodInput<'prices.save'> => ({
  serviceUnit: 'care-day-8h',
  payerCategory: 'own-municipality',
  validFrom: '2026-01-01',
  validTo: null,
  priceCents: 1000,
  vatRateBp: 0,
  vatCategory: 'E',
  ...over,
});
const count = (c: Core, table: string) => (c.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('prices', () => {
  it('a new price after an open one ends the old one the day before; overlaps, gaps and negative prices are refused and nothing is written', async () => {
    const { core: c, ctx } = await setUp();
    expect(await call(c, 'prices.save', price(), ctx)).toMatchObject({ ok: true });
    expect(await call(c, 'prices.save', price({ validFrom: '2026-03-01', priceCents: 1200 }), ctx)).toMatchObject({ ok: true });
    const listed = await call(c, 'prices.list', {}, ctx);
    expect(listed.ok && listed.data.prices.map((p) => [p.validFrom, p.validTo, p.priceCents])).toEqual([
      ['2026-01-01', '2026-02-28', 1000],
      ['2026-03-01', null, 1200],
    ]);
    const audits = count(c, 'audit_log');

    const overlap = await call(c, 'prices.save', price({ validFrom: '2026-02-01', validTo: '2026-02-10' }), ctx);
    expect(overlap).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'prices.overlap' } });
    const first = listed.ok ? listed.data.prices[0]! : undefined;
    const gap = await call(c, 'prices.save', { ...price({ validFrom: '2026-01-01', validTo: '2026-02-20' }), id: first!.id }, ctx);
    expect(gap).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'prices.gap', params: { from: '2026-02-21', to: '2026-02-28' } } });
    expect(gap.ok || gap.error.message).not.toContain('prices.gap');
    const negativeShower = await call(c, 'prices.save', price({ serviceUnit: 'shower', priceCents: -5 }), ctx);
    expect(negativeShower).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['priceCents'], code: 'field.priceNegative' }] } });
    const removeMiddle = await call(c, 'prices.remove', { id: first!.id }, ctx);
    expect(removeMiddle).toMatchObject({ ok: true }); // the first period may go: the rest still follow each other
    expect(count(c, 'prices')).toBe(1);
    expect(count(c, 'audit_log')).toBe(audits + 1);
  });
});

function problemMonth(c: Core) {
  const db = c.db;
  addPrice(db, { unit: 'care-day-8h', cents: 1000 });
  addPrice(db, { unit: 'care-day-8h', cents: 1500, category: 'other-municipality' });
  const ilze = addClient(db, 'Ilze', 'Ozola', '01017012345');
  addDecision(db, ilze, { from: '2026-01-01', number: 'SD-1', copayPercent: 10 });
  const janis = addClient(db, 'Jānis', '=HYPERLINK("x")');
  addDecision(db, janis, { from: '2026-01-01', payer: 'LV-riga', number: 'R-7', clientReference: 'RIGA-0042' });
  const loose = addClient(db, 'Edgars', 'Bez');
  for (const d of ['02', '03', '04']) {
    addDay(db, ilze, `2026-03-${d}`, { status: 'present', meals: ['lunch'] });
    addDay(db, janis, `2026-03-${d}`, { status: 'present' });
  }
  addDay(db, loose, '2026-03-05', { status: 'present' });
  return { ilze, janis, loose };
}

describe('reconciliation and the statement files', () => {
  it('lists what does not add up, refuses to export until each warning is confirmed, then gives the same totals in XLSX and CSV', async () => {
    const { core: c, ctx } = await setUp();
    const { loose } = problemMonth(c);
    const rec = await call(c, 'billing.reconcile', { month: '2026-03' }, ctx);
    if (!rec.ok) throw new Error(rec.error.code);
    expect(rec.data.warnings.map((w) => w.key).sort()).toEqual(['not-closed:day-care', `uncovered:${loose}`]);
    expect(rec.data.warnings.find((w) => w.kind === 'uncovered')).toMatchObject({ client: 'Bez Edgars', count: 1, date: '2026-03-05', link: `/clients/${loose}` });

    const refused = await call(c, 'exports.statement', { month: '2026-03', payer: 'LV-aizkraukle', format: 'xlsx', language: 'lv' }, ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'billing.unconfirmedWarnings', params: { count: 2 } } });
    const confirmed = rec.data.warnings.map((w) => w.key);

    const xlsx = await call(c, 'exports.statement', { month: '2026-03', payer: 'LV-aizkraukle', format: 'xlsx', language: 'lv', confirmed }, ctx);
    if (!xlsx.ok) throw new Error(xlsx.error.code);
    expect(xlsx.data.statement.totals).toEqual({ units: 3, amountCents: 3000, vatCents: 0, grossCents: 3000, clientShareCents: 300, municipalityShareCents: 2700 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.data.file!.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Kopsavilkums', 'Dienas aprūpe līdz 8 h (bez']);
    const summary = book.getWorksheet('Kopsavilkums')!;
    const totalRow = summary.getRow(6);
    expect(totalRow.getCell(1).value).toBe('Kopā');
    expect([2, 3, 6, 7].map((i) => totalRow.getCell(i).value)).toEqual([3, 30, 3, 27]);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
    const days = book.worksheets[1]!;
    expect(days.getRow(4).getCell(2).value).toBe('Klients');
    const line = days.getRow(5);
    expect(line.getCell(2).value).toBe('Ozola Ilze');
    expect(line.getCell(3).value).toBe('010170-12345');
    expect(line.getCell(7).value).toBeInstanceOf(Date);
    expect((line.getCell(7).value as Date).toISOString().slice(0, 10)).toBe('2026-03-02');
    expect(line.getCell(9).value).toBe(3);
    expect(line.getCell(11).value).toBe(30);
    expect(line.getCell(11).numFmt).toBe('#,##0.00');

    const csv = await call(c, 'exports.statement', { month: '2026-03', payer: 'LV-riga', format: 'csv', language: 'lt', confirmed }, ctx);
    if (!csv.ok) throw new Error(csv.error.code);
    const bytes = Buffer.from(csv.data.file!.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes.subarray(3).toString('utf8'), { delimiter: ';' });
    expect(rows[0]![1]).toBe('Klientas');
    // Formula-looking names are kept as text.
    expect(rows[1]![1]).toBe('\'=HYPERLINK("x") Jānis');
    expect(rows[1]!.slice(8, 11)).toEqual(['3', '15,00', '45,00']);
    expect(rows.at(-1)!.slice(1, 3)).toEqual(['Iš viso', '']);
    expect(rows.at(-1)![8]).toBe('3');
    expect(rows.at(-1)![10]).toBe('45,00');

    const pseudo = await call(c, 'exports.statement', { month: '2026-03', payer: 'LV-riga', format: 'pdf', language: 'ru', pseudonymised: true, confirmed }, ctx);
    if (!pseudo.ok) throw new Error(pseudo.error.code);
    expect(pseudo.data.file).toBeNull();
    expect(pseudo.data.statement.lines.map((l) => [l.client, l.personalCode, l.unitName])).toEqual([['RIGA-0042', null, 'Дневной уход до 8 ч (без питания)']]);
    expect(pseudo.data.statement.totals.grossCents).toBe(4500);
    const audited = c.db.$client.prepare("SELECT entity_id AS id FROM audit_log WHERE entity = 'statement' ORDER BY id").all() as { id: string }[];
    expect(audited.map((a) => a.id)).toEqual(['2026-03:LV-aizkraukle', '2026-03:LV-riga', '2026-03:LV-riga']);
  });

  it('refuses a month in the future and a payer with no clients that month, in the caller language', async () => {
    const { core: c, ctx } = await setUp();
    problemMonth(c);
    const future = await call(c, 'exports.statement', { month: '2026-05', payer: 'LV-aizkraukle', format: 'csv', language: 'lv' }, { ...ctx, language: 'lv' });
    expect(future).toMatchObject({ ok: false, error: { code: 'billing.monthInFuture' } });
    expect(future.ok || future.error.message).not.toBe('billing.monthInFuture');
    const nobody = await call(c, 'exports.statement', { month: '2026-03', payer: 'LV-cesis', format: 'csv', language: 'lv' }, ctx);
    expect(nobody).toMatchObject({ ok: false, error: { kind: 'not-found', code: 'billing.payerNoClients' } });
  });

  it('billing.units gives the units and amounts per payer, category and unit', async () => {
    const { core: c, ctx } = await setUp();
    problemMonth(c);
    const units = await call(c, 'billing.units', { month: '2026-03' }, ctx);
    expect(units.ok && units.data.rows).toEqual([
      { payer: 'LV-aizkraukle', payerCategory: 'own-municipality', serviceUnit: 'care-day-8h', units: 3, amountCents: 3000 },
      { payer: 'LV-riga', payerCategory: 'other-municipality', serviceUnit: 'care-day-8h', units: 3, amountCents: 4500 },
    ]);
  });
});
