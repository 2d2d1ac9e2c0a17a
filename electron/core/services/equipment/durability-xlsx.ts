import type ExcelJS from 'exceljs';
import { loadExcel } from '../../heavy-modules';
import type { DurabilityReport } from '#shared/contract/equipment';
import type { Handlers } from '../../dispatcher';
import { audited } from '../audited';
import type { ServiceDeps } from '../service-deps';
import { equipmentT } from './category-name';
import { buildDurabilityReport } from './durability';
import { safeCellText } from './register-export';

type DurabilityXlsxHandlers = Pick<Handlers, 'equipment.durabilityXlsx'>;

const isoToDate = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);
const dateFmt = 'yyyy-mm-dd';
const moneyFmt = '#,##0.00';
const earlyFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE0B2' } };

/** Every year from the first purchase (or use) to the report's year (or the last use): one numeric column each, at most 30. */
function usageYears(report: DurabilityReport): number[] {
  const years = report.items.flatMap((i) => [...i.usesPerYear.map((u) => u.year), ...(i.purchaseDate ? [Number(i.purchaseDate.slice(0, 4))] : [])]);
  if (years.length === 0) return [];
  const last = Math.max(...years, Number(report.generatedAt.slice(0, 4)));
  const first = Math.max(Math.min(...years), last - 29);
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

/**
 * The durability report as a workbook in the report's language: dates as dates, prices as euro numbers,
 * uses per year as numbers, a frozen header, A4 landscape fitted to the page width, a totals row; items
 * written off before the date until which they had to be kept are filled and carry the reason.
 */
export async function durabilityWorkbook(report: DurabilityReport): Promise<Buffer> {
  const t = equipmentT(report.language);
  const years = usageYears(report);
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet(t('durability.sheet'), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const columns: { key: string; header: string; width: number; numFmt?: string }[] = [
    { key: 'no', header: t('durability.number'), width: 6 },
    { key: 'inventoryNumber', header: t('field.inventoryNumber'), width: 16 },
    { key: 'name', header: t('field.name'), width: 32 },
    { key: 'category', header: t('field.category'), width: 22 },
    { key: 'price', header: t('field.price'), width: 12, numFmt: moneyFmt },
    { key: 'purchaseDate', header: t('field.purchaseDate'), width: 12, numFmt: dateFmt },
    { key: 'location', header: t('field.location'), width: 16 },
    { key: 'status', header: t('field.status'), width: 16 },
    { key: 'condition', header: t('field.condition'), width: 16 },
    { key: 'lastInspection', header: t('durability.lastInspection'), width: 14, numFmt: dateFmt },
    { key: 'lastUse', header: t('durability.lastUse'), width: 14, numFmt: dateFmt },
    ...years.map((year) => ({ key: `y${year}`, header: `${t('durability.usesIn')} ${year}`, width: 10, numFmt: '0' })),
    { key: 'durabilityUntil', header: t('durability.until'), width: 12, numFmt: dateFmt },
    { key: 'writtenOffOn', header: t('field.writtenOffOn'), width: 12, numFmt: dateFmt },
    { key: 'writeOffReason', header: t('field.writeOffReason'), width: 32 },
  ];
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  report.items.forEach((item, index) => {
    const uses = Object.fromEntries(years.map((year) => [`y${year}`, item.usesPerYear.find((u) => u.year === year)?.count ?? 0]));
    const row = sheet.addRow({
      no: index + 1,
      inventoryNumber: safeCellText(item.inventoryNumber),
      name: safeCellText(item.name),
      category: safeCellText(item.category),
      price: item.priceCents === null ? null : item.priceCents / 100,
      purchaseDate: isoToDate(item.purchaseDate),
      location: safeCellText(item.location),
      status: t(`status.${item.status}`),
      condition: safeCellText(item.condition),
      lastInspection: isoToDate(item.lastInspection),
      lastUse: isoToDate(item.lastUse),
      ...uses,
      durabilityUntil: isoToDate(item.durabilityUntil),
      writtenOffOn: isoToDate(item.writtenOffOn),
      writeOffReason: item.writtenOffEarly ? safeCellText(t('durability.writtenOffEarly', { reason: item.writeOffReason ?? '' })) : safeCellText(item.writeOffReason),
    });
    if (item.writtenOffEarly) {
      row.eachCell({ includeEmpty: true }, (cell) => (cell.fill = earlyFill));
      row.font = { bold: true };
    }
  });
  const { totals } = report;
  const yearTotals = Object.fromEntries(years.map((year) => [`y${year}`, report.items.reduce((s, i) => s + (i.usesPerYear.find((u) => u.year === year)?.count ?? 0), 0)]));
  const total = sheet.addRow({ name: t('durability.totalRow', { count: totals.items }), price: totals.priceCents / 100, ...yearTotals });
  total.font = { bold: true };
  total.border = { top: { style: 'thin' } };
  sheet.addRow({ name: safeCellText(t('durability.totals', { ...totals, value: (totals.priceCents / 100).toFixed(2) })) });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  workbook.title = safeCellText(`${t('durability.title')} – ${report.project.code}`) ?? '';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function durabilityXlsxHandlers({ db, now }: ServiceDeps): DurabilityXlsxHandlers {
  return {
    'equipment.durabilityXlsx': async ({ projectCode, language }, call) => {
      const code = projectCode.trim();
      const fileName = `${equipmentT(language)('durability.fileName')}-${code.replace(/[^\p{L}\p{N}_-]+/gu, '_')}-${now().toISOString().slice(0, 10)}.xlsx`;
      // The read and its audit row in one transaction: who exported which project's report (no item data).
      const report = audited(db, now, call)((tx, audit) => {
        const built = buildDurabilityReport(db, tx, { projectCode: code, language, now, preparedBy: call.actor().fullName });
        audit({ entity: 'equipment_export', entityId: null, after: { report: 'durability', projectCode: code, language, rows: built.items.length, fileName } });
        return built;
      });
      const buffer = await durabilityWorkbook(report);
      return { fileName, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', dataBase64: buffer.toString('base64') };
    },
  };
}
