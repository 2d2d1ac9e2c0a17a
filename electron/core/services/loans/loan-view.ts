import type { Db } from '#db/client';
import { extensionsOf, listLoanRows, loanViewRow, type LoanFilter, type LoanViewRow } from '#db/queries/loans';
import type { Loan } from '#shared/contract/loans';
import { notFound } from '../../app-error';

/** Loans as the contract shows them, each with its extension history; `today` decides what is overdue. */
export function loanViews(db: Db, rows: LoanViewRow[], today: string): Loan[] {
  const extensions = extensionsOf(db, rows.map((r) => r.id));
  return rows.map((row) => ({
    id: row.id,
    itemId: row.itemId,
    inventoryNumber: row.inventoryNumber,
    itemName: row.itemName,
    category: row.category,
    itemStatus: row.itemStatus,
    clientId: row.clientId,
    clientFirstName: row.clientFirstName,
    clientLastName: row.clientLastName,
    handedOverOn: row.handedOverOn,
    expectedReturnOn: row.expectedReturnOn,
    conditionOut: row.conditionOut,
    accessories: row.accessories,
    depositCents: row.depositCents,
    feeCents: row.feeCents,
    handedOverBy: row.handedOverByName,
    note: row.note,
    returnedOn: row.returnedOn,
    conditionIn: row.conditionIn,
    damage: row.damage,
    returnNote: row.returnNote,
    overdue: row.returnedOn === null && row.expectedReturnOn !== null && row.expectedReturnOn < today,
    extensions: extensions
      .filter((e) => e.loanId === row.id)
      .map(({ previousReturnOn, newReturnOn, reason, staffName, createdAt }) => ({ previousReturnOn, newReturnOn, reason, staffName, createdAt })),
  }));
}

export function loanView(db: Db, id: number, today: string): Loan {
  const row = loanViewRow(db, id);
  if (!row) throw notFound('loans.notFound');
  return loanViews(db, [row], today)[0]!;
}

export function listLoans(db: Db, filter: LoanFilter): Loan[] {
  return loanViews(db, listLoanRows(db, filter), filter.today);
}
