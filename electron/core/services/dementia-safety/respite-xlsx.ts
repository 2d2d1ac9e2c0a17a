import { loadExcel } from '../../heavy-modules';
import { createI18n } from '#shared/i18n/create-i18n';
import type { UiLanguage } from '#shared/contract/common';
import type { RespiteRow } from '#shared/contract/dementia-safety';

/**
 * The month's respite list for all carers: one row per carer with typed cells (numbers as numbers,
 * the month's days as a number, hours as a number with two decimals), headings in `language`.
 */
export async function respiteWorkbook(month: string, rows: readonly RespiteRow[], language: UiLanguage): Promise<Buffer> {
  const t = createI18n(language).t as unknown as (key: string, options?: object) => string;
  const book = new (await loadExcel()).Workbook();
  const sheet = book.addWorksheet(t('safety:respite.sheetName'));
  sheet.columns = [
    { header: t('safety:respite.carer'), key: 'carer', width: 28 },
    { header: t('safety:respite.client'), key: 'client', width: 28 },
    { header: t('safety:respite.month'), key: 'month', width: 10 },
    { header: t('safety:respite.days'), key: 'days', width: 10 },
    { header: t('safety:respite.hours'), key: 'hours', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow({ carer: row.carerName, client: row.clientName, month, days: row.days.length, hours: Math.round((row.totalMinutes / 60) * 100) / 100 });
  }
  sheet.getColumn('hours').numFmt = '0.00';
  return Buffer.from(await book.xlsx.writeBuffer());
}
