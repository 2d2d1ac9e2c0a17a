import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { equipmentWaitlist } from '../schema/loans';

export type WaitlistRow = typeof equipmentWaitlist.$inferSelect;
export interface WaitlistViewRow extends WaitlistRow {
  clientFirstName: string;
  clientLastName: string;
  offeredInventoryNumber: string | null;
}

const viewSelect = `
SELECT w.id, w.client_id AS clientId, w.category, w.requested_on AS requestedOn, w.note, w.status, w.offered_item_id AS offeredItemId,
  w.offered_at AS offeredAt, w.loan_id AS loanId, w.created_at AS createdAt, w.updated_at AS updatedAt,
  c.first_name AS clientFirstName, c.last_name AS clientLastName, i.inventory_number AS offeredInventoryNumber
FROM equipment_waitlist w JOIN clients c ON c.id = w.client_id LEFT JOIN equipment_item i ON i.id = w.offered_item_id`;

export function listWaitlist(db: Db, f: { category?: string | undefined; clientId?: number | undefined; includeClosed: boolean; limit: number }): WaitlistViewRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!f.includeClosed) where.push("w.status IN ('waiting', 'offered')");
  if (f.category) {
    where.push('w.category = ?');
    params.push(f.category);
  }
  if (f.clientId) {
    where.push('w.client_id = ?');
    params.push(f.clientId);
  }
  const sql = `${viewSelect} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY w.requested_on, w.id LIMIT ?`;
  return db.$client.prepare(sql).all(...params, f.limit) as WaitlistViewRow[];
}

export function waitlistView(db: Db, id: number): WaitlistViewRow | undefined {
  return db.$client.prepare(`${viewSelect} WHERE w.id = ?`).get(id) as WaitlistViewRow | undefined;
}

export function findWaitlist(db: Db, id: number): WaitlistRow | undefined {
  return db.select().from(equipmentWaitlist).where(eq(equipmentWaitlist.id, id)).get();
}

/** The oldest request still waiting for a category: it is offered the next free item. */
export function oldestWaiting(db: Db, category: string): WaitlistRow | undefined {
  const row = db.$client
    .prepare("SELECT id FROM equipment_waitlist WHERE category = ? AND status = 'waiting' ORDER BY requested_on, id LIMIT 1")
    .get(category) as { id: number } | undefined;
  return row ? findWaitlist(db, row.id) : undefined;
}

export function offerOfItem(db: Db, itemId: number): WaitlistRow | undefined {
  const row = db.$client.prepare("SELECT id FROM equipment_waitlist WHERE offered_item_id = ? AND status = 'offered'").get(itemId) as { id: number } | undefined;
  return row ? findWaitlist(db, row.id) : undefined;
}

export function openRequestOf(db: Db, clientId: number, category: string): WaitlistRow | undefined {
  const row = db.$client
    .prepare("SELECT id FROM equipment_waitlist WHERE client_id = ? AND category = ? AND status IN ('waiting', 'offered')")
    .get(clientId, category) as { id: number } | undefined;
  return row ? findWaitlist(db, row.id) : undefined;
}

export function insertWaitlist(db: Db, row: typeof equipmentWaitlist.$inferInsert): WaitlistRow {
  return db.insert(equipmentWaitlist).values(row).returning().get();
}

export function updateWaitlist(db: Db, id: number, change: Partial<typeof equipmentWaitlist.$inferInsert>): WaitlistRow {
  return db.update(equipmentWaitlist).set(change).where(eq(equipmentWaitlist.id, id)).returning().get();
}
