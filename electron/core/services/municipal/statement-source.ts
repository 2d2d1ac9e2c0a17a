import type { Executor } from '#db/client';
import { buildStatement, type Statement } from '../billing/statement-lines';
import type { InvoiceSourceLine } from './einvoice-source';
import type { ReportText } from './report-text';

/** The billing helper's statement for a payer and month (points 1–4 of issue 17). */
export function statementOf(db: Executor, month: string, payer: string): Statement {
  return buildStatement(db, { month, payer });
}

/**
 * The statement's lines as invoice lines: one per service unit, price and VAT rate (a price change in
 * the month makes two lines), with the units, amounts and clients' shares summed exactly.
 */
export function invoiceSourceLines(statement: Statement, t: ReportText): InvoiceSourceLine[] {
  const groups = new Map<string, InvoiceSourceLine>();
  for (const line of statement.lines) {
    if (line.free || line.units === 0) continue;
    const key = `${line.serviceUnit}|${line.unitPriceCents}|${line.vatCategory}|${line.vatRateBp}`;
    const group = groups.get(key) ?? {
      serviceUnit: line.serviceUnit,
      name: t(`unit.${line.serviceUnit}`, { defaultValue: line.serviceUnit }),
      measure: line.measure,
      units: 0,
      unitPriceCents: line.unitPriceCents,
      amountCents: 0,
      clientShareCents: 0,
      vatCategory: line.vatCategory,
      vatRateBp: line.vatRateBp,
    };
    group.units += line.units;
    group.amountCents += line.amountCents;
    group.clientShareCents += line.clientShareCents;
    groups.set(key, group);
  }
  return [...groups.values()];
}
