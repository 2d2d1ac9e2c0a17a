/**
 * The statement as XLSX (exceljs): a sheet per service unit with its lines and total, and a summary sheet
 * with the totals per unit and overall. Numbers and dates are typed cells; header frozen; A4 landscape.
 */
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../heavy-modules';
import type { StatementData } from '#shared/contract/billing';
import { billingT, monthTitle } from './statement-data';
import { columnsOf, columnTitle, excelDateFormat, lineNote, neutralise, type ColumnKey } from './statement-format';

const money = '#,##0.00';
const widths: Record<ColumnKey, number> = {
  no: 5, client: 28, personalCode: 14, decision: 14, service: 22, unit: 30, from: 11, to: 11, units: 9, unitPrice: 10,
  amount: 11, vatRate: 8, vat: 10, gross: 12, clientShare: 12, municipalityShare: 14, note: 22,
};
const moneyColumns = new Set<ColumnKey>(['unitPrice', 'amount', 'vat', 'gross', 'clientShare', 'municipalityShare']);
const headerRow = 4;

const isoDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ], and repeated names. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 28).trim() || 'Sheet';
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 26)} ${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

function setUpSheet(sheet: ExcelJS.Worksheet, data: StatementData, keys: ColumnKey[], titles: string[]): void {
  const t = billingT(data.language);
  // Formats per column, once: every cell added below takes its column's (cheaper than a style per cell).
  keys.forEach((key, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = widths[key];
    if (moneyColumns.has(key)) column.numFmt = money;
    if (key === 'from' || key === 'to') column.numFmt = excelDateFormat[data.language];
  });
  sheet.getCell(1, 1).value = neutralise(`${data.centre.name} — ${t('statement.title', { month: monthTitle(data.month, data.language) })}`);
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(2, 1).value = neutralise(t('statement.payer', { payer: data.payerName }));
  const header = sheet.getRow(headerRow);
  titles.forEach((title, i) => (header.getCell(i + 1).value = title));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

export async function statementXlsx(data: StatementData): Promise<Buffer> {
  const t = billingT(data.language);
  const book = new (await loadExcel()).Workbook();
  book.creator = 'CareDesk';
  book.created = new Date(data.generatedAt);
  const keys = columnsOf(data);
  const used = new Set<string>();

  const summary = book.addWorksheet(sheetName(t('statement.summary'), used));
  const summaryKeys: ColumnKey[] = ['unit', 'units', 'amount', 'vat', 'gross', 'clientShare', 'municipalityShare'];
  setUpSheet(summary, data, summaryKeys, summaryKeys.map((k) => columnTitle(t, k, data)));
  const totalRow = (values: (string | number)[], bold = false) => {
    const row = summary.addRow(values);
    if (bold) row.font = { bold: true };
  };
  for (const u of data.totalsByUnit) {
    totalRow([neutralise(u.unitName), u.units, u.amountCents / 100, u.vatCents / 100, u.grossCents / 100, u.clientShareCents / 100, u.municipalityShareCents / 100]);
  }
  const all = data.totals;
  totalRow([t('statement.total'), all.units, all.amountCents / 100, all.vatCents / 100, all.grossCents / 100, all.clientShareCents / 100, all.municipalityShareCents / 100], true);
  summary.addRow([]);
  summary.addRow([`${t('statement.preparedBy')}: ${data.preparedBy}`, '', '', `${t('statement.signature')}: ____________________`]);
  summary.addRow([`${t('statement.approvedBy')}: ${data.approvedBy ?? ''}`, '', '', `${t('statement.signature')}: ____________________`]);
  summary.getColumn(1).width = 40;

  for (const unit of data.totalsByUnit) {
    const sheet = book.addWorksheet(sheetName(unit.unitName, used));
    setUpSheet(sheet, data, keys, keys.map((k) => columnTitle(t, k, data)));
    let n = 0;
    for (const line of data.lines.filter((l) => l.serviceUnit === unit.serviceUnit)) {
      n += 1;
      const value: Record<ColumnKey, ExcelJS.CellValue> = {
        no: n,
        client: neutralise(line.client),
        personalCode: line.personalCode ? neutralise(line.personalCode) : '',
        decision: neutralise(line.decisionNumber),
        service: t(`service.${line.service}`),
        unit: neutralise(line.unitName),
        from: isoDate(line.from),
        to: isoDate(line.to),
        units: line.units,
        unitPrice: line.unitPriceCents / 100,
        amount: line.amountCents / 100,
        vatRate: line.vatRateBp / 100,
        vat: line.vatCents / 100,
        gross: line.grossCents / 100,
        clientShare: line.clientShareCents / 100,
        municipalityShare: line.municipalityShareCents / 100,
        note: lineNote(t, line),
      };
      sheet.addRow(keys.map((k) => value[k]));
    }
    const total: Partial<Record<ColumnKey, ExcelJS.CellValue>> = {
      client: t('statement.totalOf', { unit: unit.unitName }),
      units: unit.units,
      amount: unit.amountCents / 100,
      vat: unit.vatCents / 100,
      gross: unit.grossCents / 100,
      clientShare: unit.clientShareCents / 100,
      municipalityShare: unit.municipalityShareCents / 100,
    };
    sheet.addRow(keys.map((k) => total[k] ?? null)).font = { bold: true };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
