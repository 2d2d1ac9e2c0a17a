/**
 * exports.statement: the month's statement for one payer as XLSX, CSV, or the data of the PDF print page.
 * Refused for a month in the future, a payer without clients that month, and while reconciliation
 * warnings concerning the payer are not all confirmed. Audited with the totals in the read's transaction.
 */
import type { Db } from '#db/client';
import type { MethodParsedInput, MethodOutput } from '#shared/contract/index';
import { localIsoDate } from '#shared/domain/dates';
import { conflict, notFound } from '../../app-error';
import type { HandlerCall } from '../../call-context';
import { audited } from '../audited';
import { buildStatements, payersOfMonth } from './statement-lines';
import { statementData } from './statement-data';
import { reconcileMonth } from './reconcile';
import { statementXlsx } from './statement-xlsx';
import { statementCsv } from './statement-csv';

export function assertBillableMonth(db: Db, now: () => Date, month: string, payer: string): void {
  if (month > localIsoDate(now()).slice(0, 7)) throw conflict('billing.monthInFuture', { month });
  if (!payersOfMonth(db, month).includes(payer)) throw notFound('billing.payerNoClients', { month });
}

export async function exportStatement(
  db: Db,
  now: () => Date,
  input: MethodParsedInput<'exports.statement'>,
  call: HandlerCall,
): Promise<MethodOutput<'exports.statement'>> {
  const { month, payer, format, pseudonymised, language, confirmed } = input;
  assertBillableMonth(db, now, month, payer);
  const data = audited(db, now, call)((tx, audit) => {
    const statements = buildStatements(tx, month);
    const open = reconcileMonth(tx, month, statements).filter((w) => (w.payer === null || w.payer === payer) && !confirmed.includes(w.key));
    if (open.length > 0) throw conflict('billing.unconfirmedWarnings', { count: open.length });
    const statement = statements.get(payer)!;
    const result = statementData(tx, statement, {
      language,
      pseudonymised,
      preparedBy: call.actor().fullName,
      generatedAt: now().toISOString(),
      confirmedWarnings: [...confirmed].sort(),
    });
    audit({ entity: 'statement', entityId: `${month}:${payer}`, after: { month, payer, format, pseudonymised, language, totals: statement.totals, confirmed: result.confirmedWarnings } });
    return result;
  });
  const base = `statement-${month}-${payer}`;
  if (format === 'xlsx') {
    const bytes = await statementXlsx(data);
    return { statement: data, file: { fileName: `${base}.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: bytes.toString('base64') } };
  }
  if (format === 'csv') {
    return { statement: data, file: { fileName: `${base}.csv`, mediaType: 'text/csv; charset=utf-8', base64: statementCsv(data).toString('base64') } };
  }
  return { statement: data, file: null };
}
