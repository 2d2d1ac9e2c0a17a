import { loadExcel } from '../../heavy-modules';
import { ageGroups } from '#shared/domain/yearly-statistics';
import { statisticsFigures } from '#shared/domain/yearly-statistics';
import type { YearlyStatistics } from '#shared/contract/municipal-reports';
import { reportText } from './report-text';
import { safeCellText } from './safe-cell';

/**
 * The yearly statistics as a workbook: the form's figures on the first sheet (numbers as numbers),
 * the clients behind every figure on the second, so each number can be traced to names.
 */
export async function statisticsXlsx(stats: YearlyStatistics): Promise<Buffer> {
  const t = reportText(stats.language);
  const book = new (await loadExcel()).Workbook();
  book.created = new Date(stats.generatedAt);
  const sheet = book.addWorksheet(t('sheetName.summary'), { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 44 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 16 }];
  sheet.addRow([safeCellText(stats.centre.name)]).font = { bold: true };
  sheet.addRow([t('title', { year: stats.year })]).font = { bold: true, size: 14 };
  sheet.addRow([t('formNote', { until: stats.until })]);
  sheet.addRow([]);
  sheet.addRow([t('section.totals')]).font = { bold: true };
  sheet.addRow([t('column.figure'), t('column.value')]).font = { bold: true };
  for (const key of statisticsFigures) sheet.addRow([t(`figure.${key}`), stats.figures[key].count]);
  sheet.addRow([]);
  sheet.addRow([t('section.sexAge')]).font = { bold: true };
  sheet.addRow([t('column.sex'), ...ageGroups.map((g) => t(`ageGroup.${g}`)), t('column.total')]).font = { bold: true };
  for (const sex of ['male', 'female', 'unknown'] as const) {
    const cells = ageGroups.map((g) => stats.bySexAndAge.find((r) => r.sex === sex && r.ageGroup === g)?.figure.count ?? 0);
    sheet.addRow([t(`sex.${sex}`), ...cells, cells.reduce((a, b) => a + b, 0)]);
  }
  sheet.addRow([]);
  sheet.addRow([t('section.service')]).font = { bold: true };
  sheet.addRow([t('column.service'), t('column.served'), t('column.admissions'), t('column.discharges'), t('column.clientDays')]).font = { bold: true };
  for (const row of stats.byService) {
    sheet.addRow([t(`service.${row.service}`), row.served.count, row.admissions.count, row.discharges.count, row.clientDays.count]);
  }

  const list = book.addWorksheet(t('sheetName.clients'));
  list.columns = [{ width: 32 }, { width: 32 }, { width: 14 }, { width: 14 }];
  list.views = [{ state: 'frozen', ySplit: 1 }];
  list.addRow([t('column.figure'), t('column.name'), t('column.birthDate'), t('column.sex')]).font = { bold: true };
  const byId = new Map(stats.clients.map((c) => [c.id, c]));
  const order = new Map(stats.clients.map((c, i) => [c.id, i]));
  for (const key of statisticsFigures) {
    const ids = [...stats.figures[key].clientIds].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    for (const id of ids) {
      const client = byId.get(id);
      if (!client) continue;
      const birth = client.birthDate ? new Date(`${client.birthDate}T00:00:00Z`) : null;
      const row = list.addRow([t(`figure.${key}`), safeCellText(client.name), birth, t(`sex.${client.sex ?? 'unknown'}`)]);
      if (birth) row.getCell(3).numFmt = 'dd.mm.yyyy';
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
