import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { saveBuyer } from '#db/queries/einvoice-parties';
import type { MonthlyPack } from '#shared/contract/municipal-reports';
import type { Core } from '../../core';
import type { PlatformPort } from '../../platform';
import { headlessPlatform } from '../../platform';
import { loggedInCore, type callContext } from '../../testing/test-core';
import { packPlace, seedPackMarch } from '../../testing/pack-month-fixture';
import { readUbl } from './ubl-read';

let core: Core;
let ctx: ReturnType<typeof callContext>;
let dir: string | null = null;
const clock = new Date('2026-04-03T10:00:00.000Z');
afterEach(() => {
  core.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** The pack tests' March 2026 (seedPackMarch: the expected figures are written there, by hand). */
async function seedMarch(platform: PlatformPort = headlessPlatform) {
  ({ core, ctx } = await loggedInCore({ now: () => clock, platform }));
  seedPackMarch(core.db);
}

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input, ctx);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}`);
  return result.data as T;
}

describe('exports.einvoice', () => {
  it('bills the municipality’s share of the statement, to the cent, with BuyerReference and both endpoints', async () => {
    await seedMarch();
    const answer = await call<{ file: { base64: string; fileName: string }; totals: Record<string, string> }>('exports.einvoice', { month: '2026-03', payer: 'LV-aizkraukle' });
    // (30.00 + 7.50) − 10 % client share 3.75 = 33.75
    expect(answer.totals).toEqual({ lineExtension: '33.75', taxExclusive: '33.75', tax: '0.00', payable: '33.75' });
    const read = readUbl(Buffer.from(answer.file.base64, 'base64').toString('utf8'));
    expect(read).toMatchObject({ buyerReference: 'AIZK-SD', seller: { endpointId: '40008012345', endpointScheme: '0218' }, buyer: { endpointId: 'LV90000022399', endpointScheme: '9939' } });
    expect(read.lines).toEqual([
      { quantity: '3', unitCode: 'DAY', net: '27.00', price: '10.00' },
      { quantity: '3', unitCode: 'C62', net: '6.75', price: '2.50' },
    ]);
  });

  it('refuses a month not over, a payer without invoice details, and one without clients, with translated errors', async () => {
    await seedMarch();
    const refuse = (input: object) => core.dispatch('exports.einvoice', input, ctx);
    expect(await refuse({ month: '2026-04', payer: 'LV-aizkraukle' })).toMatchObject({ ok: false, error: { code: 'municipalReports.futureMonth' } });
    expect(await refuse({ month: '2026-03', payer: 'LV-jaunjelgava' })).toMatchObject({ ok: false, error: { code: 'municipalReports.buyerMissing' } });
    saveBuyer(core.db, { payer: 'LV-riga', legalName: 'Rīga', institutionCode: 'R', registrationNumber: '90011524360', vatNumber: null, endpointScheme: '0218', ...packPlace });
    expect(await refuse({ month: '2026-03', payer: 'LV-riga' })).toMatchObject({ ok: false, error: { code: 'municipalReports.noPayerClients' } });
  });
});

describe('exports.setSeller / setBuyer', () => {
  it('keeps the seller and buyer details, refuses a malformed IBAN or registration number, and audits the change', async () => {
    ({ core, ctx } = await loggedInCore({ now: () => clock }));
    const seller = { legalName: 'SIA Aprūpe', registrationNumber: '40103123456', vatNumber: 'LV40103123456', endpointScheme: '9939', street: 'Rīgas iela 1', city: 'Rīga', postalCode: 'LV-1050', country: 'LV', iban: 'LV80BANK0000435195001', paymentDays: 14 };
    expect(await core.dispatch('exports.setSeller', { ...seller, iban: 'nope' }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await core.dispatch('exports.setBuyer', { ...seller, payer: 'LV-riga', institutionCode: 'R1', registrationNumber: '123', iban: undefined, paymentDays: undefined }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    await call('exports.setSeller', seller);
    const { iban: _iban, paymentDays: _days, ...party } = seller;
    await call('exports.setBuyer', { ...party, payer: 'LV-riga', institutionCode: 'RD-SD', legalName: 'Rīgas valstspilsētas pašvaldība' });
    expect(await call('exports.invoiceParties', {})).toEqual({ seller, buyers: [{ ...party, payer: 'LV-riga', institutionCode: 'RD-SD', legalName: 'Rīgas valstspilsētas pašvaldība' }] });
    const rows = core.db.$client.prepare("SELECT entity FROM audit_log WHERE method IN ('exports.setSeller', 'exports.setBuyer')").all();
    expect(rows).toEqual([{ entity: 'einvoice-seller' }, { entity: 'einvoice-buyer' }]);
  });
});

/** The month's reconciliation warnings, all confirmed by the manager (the pack refuses open ones). */
async function confirmedOf(month: string): Promise<string[]> {
  return (await call<{ warnings: { key: string }[] }>('billing.reconcile', { month })).warnings.map((w) => w.key);
}

describe('exports.monthlyPack', () => {
  it('refuses while a reconciliation warning is open, with the translated conflict, and writes no audit row', async () => {
    await seedMarch();
    const confirmed = await confirmedOf('2026-03');
    expect(confirmed.length).toBeGreaterThan(0);
    const refused = await core.dispatch('exports.monthlyPack', { month: '2026-03', language: 'lv', confirmed: confirmed.slice(1) }, ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'billing.unconfirmedWarnings' } });
    expect(core.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE method = 'exports.monthlyPack'").get()).toEqual({ n: 0 });
  });

  it('hands back a zip with each payer’s XLSX and CSV, the e-invoice and a summary with checksums, all with the same totals', async () => {
    await seedMarch();
    const progress: number[] = [];
    core.events.subscribe((name, payload) => {
      if (name === 'exports.packProgress') progress.push((payload as { step: number }).step);
    });
    const pack = await call<MonthlyPack>('exports.monthlyPack', { month: '2026-03', language: 'lv', confirmed: await confirmedOf('2026-03') });
    expect(pack.folder).toBeNull();
    expect(pack.totals).toEqual({ payers: 2, amountCents: 3375 + 2400 });
    const zip = unzipSync(Buffer.from(pack.zip!.base64, 'base64'));
    const names = Object.keys(zip).map((n) => n.replace('CareDesk-2026-03/', '')).sort();
    expect(names).toEqual(['einvoice-LV-AIZKRAUKLE-2026-03.xml', 'statement-LV-aizkraukle-2026-03.csv', 'statement-LV-aizkraukle-2026-03.xlsx', 'statement-LV-jaunjelgava-2026-03.csv', 'statement-LV-jaunjelgava-2026-03.xlsx', 'summary.txt']);
    const file = (name: string) => zip[`CareDesk-2026-03/${name}`]!;
    // The statement's own CSV and XLSX (exports.statement's writers): the total row's municipality share.
    const csv: string[][] = parse(Buffer.from(file('statement-LV-aizkraukle-2026-03.csv')).toString('utf8'), { delimiter: ';', bom: true });
    const share = csv[0]!.indexOf('Pašvaldības daļa, EUR');
    expect(csv.at(-1)?.[1]).toBe('Kopā');
    expect(csv.at(-1)?.[share]).toBe('33,75');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file('statement-LV-aizkraukle-2026-03.xlsx')) as unknown as ArrayBuffer);
    const summarySheet = book.getWorksheet('Kopsavilkums')!;
    const totalRow = summarySheet.getRows(1, summarySheet.rowCount)!.find((row) => row.getCell(1).value === 'Kopā')!;
    expect(totalRow.getCell(7).value).toBe(33.75);
    expect(readUbl(Buffer.from(file('einvoice-LV-AIZKRAUKLE-2026-03.xml')).toString('utf8')).totals.payable).toBe('33.75');
    const summary = Buffer.from(file('summary.txt')).toString('utf8');
    expect(summary).toContain('LV-aizkraukle\tSumma, EUR: 33.75');
    expect(summary).toContain('Kopā: 57.75');
    expect(summary).toContain('PDF faili (pārskati pašvaldībai un apmeklējuma uzskaites lapas) nav iekļauti');
    for (const f of pack.files.filter((x) => x.name !== 'summary.txt')) expect(summary).toContain(`${f.sha256}  ${f.name}`);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    const audit = core.db.$client.prepare("SELECT changes FROM audit_log WHERE method = 'exports.monthlyPack'").get() as { changes: string };
    expect((JSON.parse(audit.changes) as { after: unknown }).after).toMatchObject({ payers: 2, invoices: 1, amountCents: 5775 });
  });

  it('writes the folder and zip where the platform says, PDFs rendered by the platform included', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-'));
    const target = dir;
    const routes: string[] = [];
    await seedMarch({
      ...headlessPlatform,
      chooseFolder: () => Promise.resolve(target),
      pdfRenderer: () =>
        Promise.resolve({
          renderPdf: ({ route }) => {
            routes.push(route);
            return Promise.resolve(new TextEncoder().encode(`%PDF-1.4 ${route}`));
          },
          close: () => Promise.resolve(),
        }),
    });
    const pack = await call<MonthlyPack>('exports.monthlyPack', { month: '2026-03', language: 'ru', confirmed: await confirmedOf('2026-03') });
    expect(pack.folder).toBe(path.join(target, 'CareDesk-2026-03'));
    expect(fs.readdirSync(target).sort()).toEqual(['CareDesk-2026-03', 'CareDesk-2026-03.zip']);
    expect(routes).toContain('/print/attendance/2026-03?service=day-care&lang=ru');
    expect(routes.find((r) => r.startsWith('/print/statement/2026-03?payer=LV-aizkraukle&lang=ru&confirmed='))).toBeDefined();
    expect(fs.readdirSync(pack.folder!).filter((n) => n.endsWith('.pdf')).length).toBe(4);
    const invoice = readUbl(fs.readFileSync(path.join(pack.folder!, 'einvoice-LV-AIZKRAUKLE-2026-03.xml'), 'utf8'));
    expect(invoice.attachments).toEqual([expect.objectContaining({ fileName: 'statement-LV-aizkraukle-2026-03.pdf', mimeCode: 'application/pdf' })]);
  });
});
