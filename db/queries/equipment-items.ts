import { eq } from 'drizzle-orm';
import { equipmentItem } from '../schema/equipment';
import type { Executor } from '../client';

export type EquipmentItemRow = typeof equipmentItem.$inferSelect;
export type NewEquipmentItemRow = typeof equipmentItem.$inferInsert;

export function itemById(db: Executor, id: number): EquipmentItemRow | undefined {
  return db.select().from(equipmentItem).where(eq(equipmentItem.id, id)).get();
}

export function itemByNumber(db: Executor, inventoryNumber: string): EquipmentItemRow | undefined {
  return db.select().from(equipmentItem).where(eq(equipmentItem.inventoryNumber, inventoryNumber)).get();
}
