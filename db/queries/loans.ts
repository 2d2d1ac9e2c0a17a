import type { Db } from '../client';
import { equipmentCleaning, equipmentLoan, equipmentLoanExtension } from '../schema/loans';
import { eq } from 'drizzle-orm';

export type LoanRow = typeof equipmentLoan.$inferSelect;

/** A loan with the names a list, the card and the act show. */
export interface LoanViewRow extends LoanRow {
  inventoryNumber: string;
  itemName: string;
  category: string;
  itemStatus: string;
  clientFirstName: string;
  clientLastName: string;
  handedOverByName: string;
}

export interface ExtensionViewRow {
  loanId: number;
  previousReturnOn: string | null;
  newReturnOn: string;
  reason: string | null;
  staffName: string;
  createdAt: string;
}

const viewSelect = `
SELECT l.id, l.item_id AS itemId, l.client_id AS clientId, l.handed_over_on AS handedOverOn, l.expected_return_on AS expectedReturnOn,
  l.condition_out AS conditionOut, l.accessories, l.deposit_cents AS depositCents, l.fee_cents AS feeCents, l.handed_over_by AS handedOverBy,
  l.note, l.returned_on AS returnedOn, l.condition_in AS conditionIn, l.damage, l.return_note AS returnNote, l.received_by AS receivedBy,
  l.created_at AS createdAt, l.updated_at AS updatedAt,
  i.inventory_number AS inventoryNumber, i.name AS itemName, i.category, i.status AS itemStatus, c.first_name AS clientFirstName, c.last_name AS clientLastName,
  s.full_name AS handedOverByName
FROM equipment_loan l
JOIN equipment_item i ON i.id = l.item_id
JOIN clients c ON c.id = l.client_id
JOIN staff s ON s.id = l.handed_over_by`;

export interface LoanFilter {
  filter?: 'open' | 'overdue' | 'returned' | 'all' | undefined;
  clientId?: number | undefined;
  itemId?: number | undefined;
  category?: string | undefined;
  today: string;
  limit: number;
}

export function listLoanRows(db: Db, f: LoanFilter): LoanViewRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.filter === 'open') where.push('l.returned_on IS NULL');
  if (f.filter === 'returned') where.push('l.returned_on IS NOT NULL');
  if (f.filter === 'overdue') {
    where.push('l.returned_on IS NULL AND l.expected_return_on < ?');
    params.push(f.today);
  }
  if (f.clientId) {
    where.push('l.client_id = ?');
    params.push(f.clientId);
  }
  if (f.itemId) {
    where.push('l.item_id = ?');
    params.push(f.itemId);
  }
  if (f.category) {
    where.push('i.category = ?');
    params.push(f.category);
  }
  const sql = `${viewSelect} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY l.returned_on IS NOT NULL, l.handed_over_on DESC, l.id DESC LIMIT ?`;
  return db.$client.prepare(sql).all(...params, f.limit) as LoanViewRow[];
}

export function loanViewRow(db: Db, id: number): LoanViewRow | undefined {
  return db.$client.prepare(`${viewSelect} WHERE l.id = ?`).get(id) as LoanViewRow | undefined;
}

export function extensionsOf(db: Db, loanIds: readonly number[]): ExtensionViewRow[] {
  if (loanIds.length === 0) return [];
  return db.$client
    .prepare(
      `SELECT e.loan_id AS loanId, e.previous_return_on AS previousReturnOn, e.new_return_on AS newReturnOn, e.reason, s.full_name AS staffName, e.created_at AS createdAt
       FROM equipment_loan_extension e JOIN staff s ON s.id = e.staff_id
       WHERE e.loan_id IN (SELECT value FROM json_each(?)) ORDER BY e.id`,
    )
    .all(JSON.stringify(loanIds)) as ExtensionViewRow[];
}

export function findLoan(db: Db, id: number): LoanRow | undefined {
  return db.select().from(equipmentLoan).where(eq(equipmentLoan.id, id)).get();
}

export function openLoanOfItem(db: Db, itemId: number): LoanRow | undefined {
  return db.$client.prepare('SELECT id FROM equipment_loan WHERE item_id = ? AND returned_on IS NULL').get(itemId) as LoanRow | undefined;
}

export function insertLoan(db: Db, row: typeof equipmentLoan.$inferInsert): LoanRow {
  return db.insert(equipmentLoan).values(row).returning().get();
}

export function updateLoan(db: Db, id: number, change: Partial<typeof equipmentLoan.$inferInsert>): LoanRow {
  return db.update(equipmentLoan).set(change).where(eq(equipmentLoan.id, id)).returning().get();
}

export function insertExtension(db: Db, row: typeof equipmentLoanExtension.$inferInsert) {
  return db.insert(equipmentLoanExtension).values(row).returning().get();
}

export function insertCleaning(db: Db, row: typeof equipmentCleaning.$inferInsert) {
  return db.insert(equipmentCleaning).values(row).returning().get();
}

/** The item's status, set by loans (lent-out, needs-cleaning) next to the register's own changes. */
export function setItemStatus(db: Db, itemId: number, status: string, at: string): void {
  db.$client.prepare('UPDATE equipment_item SET status = ?, updated_at = ? WHERE id = ?').run(status, at, itemId);
}

/** Items of a category that can be lent: in use or in storage, no open loan, not offered to a waiting client. */
export function freeItemRows(db: Db, category?: string) {
  return db.$client
    .prepare(
      `SELECT i.id, i.inventory_number AS inventoryNumber, i.name, i.category, i.status, i.condition FROM equipment_item i
       WHERE i.status IN ('in-use', 'in-storage') AND (? IS NULL OR i.category = ?)
         AND NOT EXISTS (SELECT 1 FROM equipment_loan l WHERE l.item_id = i.id AND l.returned_on IS NULL)
         AND NOT EXISTS (SELECT 1 FROM equipment_waitlist w WHERE w.offered_item_id = i.id AND w.status = 'offered')
       ORDER BY i.inventory_number LIMIT 500`,
    )
    .all(category ?? null, category ?? null) as { id: number; inventoryNumber: string; name: string; category: string; status: string; condition: string | null }[];
}

/** The client's phone and their relatives' phones, for calling about an overdue loan. */
export function phonesOfClient(db: Db, clientId: number): string[] {
  const rows = db.$client
    .prepare(
      `SELECT phone FROM clients WHERE id = ? AND phone IS NOT NULL AND phone <> ''
       UNION ALL SELECT phone FROM client_relatives WHERE client_id = ? AND phone IS NOT NULL AND phone <> ''`,
    )
    .pluck()
    .all(clientId, clientId) as string[];
  return [...new Set(rows)];
}
