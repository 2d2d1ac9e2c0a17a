/**
 * The statement as CSV the way Latvian and Lithuanian Excel opens it by double-click: UTF-8 with a BOM,
 * `;` between fields, decimal comma (lv, lt, ru), dates in the country's form. One row per line, then a
 * total row per service unit and the overall total.
 */
import type { StatementData } from '#shared/contract/billing';
import { billingT } from './statement-data';
import { columnsOf, columnTitle, dateText, lineNote, moneyText, neutralise, rateText, type ColumnKey } from './statement-format';

function field(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function statementCsv(data: StatementData): Buffer {
  const t = billingT(data.language);
  const lang = data.language;
  const keys = columnsOf(data);
  const rows: string[][] = [keys.map((k) => columnTitle(t, k, data))];
  data.lines.forEach((line, i) => {
    const value: Record<ColumnKey, string> = {
      no: String(i + 1),
      client: neutralise(line.client),
      personalCode: line.personalCode ? neutralise(line.personalCode) : '',
      decision: neutralise(line.decisionNumber),
      service: t(`service.${line.service}`),
      unit: neutralise(line.unitName),
      from: dateText(line.from, lang),
      to: dateText(line.to, lang),
      units: String(line.units),
      unitPrice: moneyText(line.unitPriceCents, lang),
      amount: moneyText(line.amountCents, lang),
      vatRate: rateText(line.vatRateBp, lang),
      vat: moneyText(line.vatCents, lang),
      gross: moneyText(line.grossCents, lang),
      clientShare: moneyText(line.clientShareCents, lang),
      municipalityShare: moneyText(line.municipalityShareCents, lang),
      note: lineNote(t, line),
    };
    rows.push(keys.map((k) => value[k]));
  });
  const totalRow = (label: string, x: StatementData['totals']) => {
    const value: Partial<Record<ColumnKey, string>> = {
      client: neutralise(label),
      units: String(x.units),
      amount: moneyText(x.amountCents, lang),
      vat: moneyText(x.vatCents, lang),
      gross: moneyText(x.grossCents, lang),
      clientShare: moneyText(x.clientShareCents, lang),
      municipalityShare: moneyText(x.municipalityShareCents, lang),
    };
    rows.push(keys.map((k) => value[k] ?? ''));
  };
  for (const u of data.totalsByUnit) totalRow(t('statement.totalOf', { unit: u.unitName }), u);
  totalRow(t('statement.total'), data.totals);
  const text = rows.map((r) => r.map(field).join(';')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
