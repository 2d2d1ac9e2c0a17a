import { loadExcel } from '../../heavy-modules';
import { registerAll } from '#db/queries/equipment-register';
import type { EquipmentItemRow } from '#db/queries/equipment-items';
import type { UiLanguage } from '#shared/contract/common';
import type { Handlers } from '../../dispatcher';
import { audited } from '../audited';
import type { ServiceDeps } from '../service-deps';
import { categoryNamer, equipmentT } from './category-name';
import { dueFilterIds } from './due-filter';

type ExportHandlers = Pick<Handlers, 'equipment.register.export'>;

/**
 * Text a spreadsheet would read as a formula (`= + - @`, also after a tab or carriage return) is written
 * with a leading apostrophe, so "=HYPERLINK(…)" typed as a name stays text (formula injection).
 */
export function safeCellText(value: string | null): string | null {
  if (value === null) return null;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const isoToDate = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

/** The register as a workbook: one row per item, dates as dates, prices as euro numbers, a total row. */
export async function registerWorkbook(rows: readonly EquipmentItemRow[], language: UiLanguage, categoryName: (c: string) => string): Promise<Buffer> {
  const t = equipmentT(language);
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet(t('export.sheet'));
  const columns: { key: string; width: number; numFmt?: string }[] = [
    { key: 'inventoryNumber', width: 16 },
    { key: 'name', width: 32 },
    { key: 'category', width: 22 },
    { key: 'manufacturer', width: 16 },
    { key: 'model', width: 16 },
    { key: 'serialNumber', width: 16 },
    { key: 'location', width: 16 },
    { key: 'status', width: 16 },
    { key: 'condition', width: 16 },
    { key: 'purchaseDate', width: 12, numFmt: 'yyyy-mm-dd' },
    { key: 'price', width: 12, numFmt: '#,##0.00' },
    { key: 'supplier', width: 20 },
    { key: 'invoiceNumber', width: 14 },
    { key: 'warrantyEnd', width: 12, numFmt: 'yyyy-mm-dd' },
    { key: 'fundingSource', width: 16 },
    { key: 'projectCode', width: 14 },
    { key: 'projectName', width: 24 },
    { key: 'durabilityUntil', width: 12, numFmt: 'yyyy-mm-dd' },
    { key: 'writtenOffOn', width: 12, numFmt: 'yyyy-mm-dd' },
    { key: 'writeOffReason', width: 24 },
  ];
  sheet.columns = columns.map((c) => ({ header: t(`field.${c.key}` as 'field.name'), key: c.key, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow({
      inventoryNumber: safeCellText(row.inventoryNumber),
      name: safeCellText(row.name),
      category: safeCellText(categoryName(row.category)),
      manufacturer: safeCellText(row.manufacturer),
      model: safeCellText(row.model),
      serialNumber: safeCellText(row.serialNumber),
      location: safeCellText(row.location),
      status: t(`status.${row.status}`),
      condition: safeCellText(row.condition),
      purchaseDate: isoToDate(row.purchaseDate),
      price: row.priceCents === null ? null : row.priceCents / 100,
      supplier: safeCellText(row.supplier),
      invoiceNumber: safeCellText(row.invoiceNumber),
      warrantyEnd: isoToDate(row.warrantyEnd),
      fundingSource: t(`funding.${row.fundingSource}`),
      projectCode: safeCellText(row.projectCode),
      projectName: safeCellText(row.projectName),
      durabilityUntil: isoToDate(row.durabilityUntil),
      writtenOffOn: isoToDate(row.writtenOffOn),
      writeOffReason: safeCellText(row.writeOffReason),
    });
  }
  const total = sheet.addRow({ name: t('register.totalRow', { count: rows.length }), price: rows.reduce((s, r) => s + (r.priceCents ?? 0), 0) / 100 });
  total.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function registerExportHandlers({ db, now }: ServiceDeps): ExportHandlers {
  return {
    'equipment.register.export': async ({ filter: { due, ...filter }, language }, call) => {
      const onlyIds = due ? dueFilterIds(db, due, now()) : undefined;
      const rows = registerAll(db, { ...filter, onlyIds });
      const buffer = await registerWorkbook(rows, language, categoryNamer(db, language));
      const fileName = `${equipmentT(language)('export.fileName')}-${now().toISOString().slice(0, 10)}.xlsx`;
      // Who exported which part of the register: audited like every export (no item data in the row).
      audited(db, now, call)((_tx, audit) => audit({ entity: 'equipment_export', entityId: null, after: { filter, due: due ?? null, language, rows: rows.length, fileName } }));
      return { fileName, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', dataBase64: buffer.toString('base64') };
    },
  };
}
