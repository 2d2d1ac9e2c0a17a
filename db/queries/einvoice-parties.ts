import { eq } from 'drizzle-orm';
import { einvoiceBuyers, einvoiceSeller } from '../schema/einvoice-parties';
import type { Executor } from '../client';

export type SellerRow = typeof einvoiceSeller.$inferSelect;
export type BuyerRow = typeof einvoiceBuyers.$inferSelect;

export function getSeller(db: Executor): SellerRow | undefined {
  return db.select().from(einvoiceSeller).where(eq(einvoiceSeller.id, 1)).get();
}

export function getBuyer(db: Executor, payer: string): BuyerRow | undefined {
  return db.select().from(einvoiceBuyers).where(eq(einvoiceBuyers.payer, payer)).get();
}

export function listBuyers(db: Executor): BuyerRow[] {
  return db.select().from(einvoiceBuyers).all();
}

export function saveSeller(db: Executor, row: Omit<SellerRow, 'id'>): SellerRow {
  return db
    .insert(einvoiceSeller)
    .values({ ...row, id: 1 })
    .onConflictDoUpdate({ target: einvoiceSeller.id, set: row })
    .returning()
    .get();
}

export function saveBuyer(db: Executor, row: BuyerRow): BuyerRow {
  const { payer: _payer, ...rest } = row;
  return db.insert(einvoiceBuyers).values(row).onConflictDoUpdate({ target: einvoiceBuyers.payer, set: rest }).returning().get();
}
