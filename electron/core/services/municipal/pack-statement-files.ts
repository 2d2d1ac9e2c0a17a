import { loadExcel } from '../../heavy-modules';
import type { Statement } from '../billing/statement-lines';
import type { ReportText } from './report-text';
import { safeCellText } from './safe-cell';

/**
 * A payer's statement as the pack's XLSX and CSV: one row per client, decision and unit, the same
 * numbers in both (cents to euros once, here). Until the statement exports of points 1–4 are shared,
 * the pack writes these.
 */
interface Row {
  client: string;
  decision: string;
  unit: string;
  units: number;
  priceCents: number;
  amountCents: number;
  clientShareCents: number;
  municipalityShareCents: number;
  vatCents: number;
}

export function statementRows(statement: Statement, t: ReportText): Row[] {
  return statement.lines.map((l) => ({
    client: l.clientReference ?? `${l.lastName} ${l.firstName}`,
    decision: l.decisionNumber,
    unit: t(`unit.${l.serviceUnit}`, { defaultValue: l.serviceUnit }),
    units: l.units,
    priceCents: l.unitPriceCents,
    amountCents: l.amountCents,
    clientShareCents: l.clientShareCents,
    municipalityShareCents: l.municipalityShareCents,
    vatCents: l.vatCents,
  }));
}

const header = (t: ReportText) => [t('column.name'), 'Nr.', t('column.service'), t('column.clientDays'), 'EUR', t('summary.amount'), '−', '=', 'PVN/VAT'];

export async function statementXlsx(statement: Statement, t: ReportText): Promise<Uint8Array> {
  const book = new (await loadExcel()).Workbook();
  const sheet = book.addWorksheet(statement.month, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [30, 16, 34, 10, 12, 14, 14, 14, 12].map((width) => ({ width }));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.addRow(header(t)).font = { bold: true };
  const euro = (cents: number) => cents / 100;
  for (const r of statementRows(statement, t)) {
    const row = sheet.addRow([safeCellText(r.client), safeCellText(r.decision), r.unit, r.units, euro(r.priceCents), euro(r.amountCents), euro(r.clientShareCents), euro(r.municipalityShareCents), euro(r.vatCents)]);
    for (const c of [5, 6, 7, 8, 9]) row.getCell(c).numFmt = '#,##0.00';
  }
  const tot = statement.totals;
  const total = sheet.addRow([t('summary.total'), '', '', tot.units, null, euro(tot.amountCents), euro(tot.clientShareCents), euro(tot.municipalityShareCents), euro(tot.vatCents)]);
  total.font = { bold: true };
  for (const c of [6, 7, 8, 9]) total.getCell(c).numFmt = '#,##0.00';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** UTF-8 with BOM, `;` and a decimal comma: Latvian and Lithuanian Excel open it by double-click. */
export function statementCsv(statement: Statement, t: ReportText): Uint8Array {
  const money = (cents: number) => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;
  const cell = (value: string) => (/[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [header(t).map(cell).join(';')];
  for (const r of statementRows(statement, t)) {
    lines.push([cell(safeCellText(r.client)), cell(safeCellText(r.decision)), cell(r.unit), String(r.units).replace('.', ','), money(r.priceCents), money(r.amountCents), money(r.clientShareCents), money(r.municipalityShareCents), money(r.vatCents)].join(';'));
  }
  const tot = statement.totals;
  lines.push([cell(t('summary.total')), '', '', String(tot.units).replace('.', ','), '', money(tot.amountCents), money(tot.clientShareCents), money(tot.municipalityShareCents), money(tot.vatCents)].join(';'));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
