import type { Db } from '#db/client';
import { equipmentItem } from '#db/schema/equipment';

export interface ItemFixture {
  inventoryNumber: string;
  name?: string;
  category?: string;
  purchaseDate?: string | null;
  status?: (typeof equipmentItem.$inferInsert)['status'];
}

/**
 * An item written straight into the register: the maintenance tests need an item, not the register's
 * own rules (those are the equipment items' tests).
 */
export function insertEquipmentItem(db: Db, item: ItemFixture): number {
  const at = '2024-01-01T00:00:00.000Z';
  return db
    .insert(equipmentItem)
    .values({
      inventoryNumber: item.inventoryNumber,
      name: item.name ?? `Item ${item.inventoryNumber}`,
      category: item.category ?? 'lift-platform',
      purchaseDate: item.purchaseDate === undefined ? '2024-01-31' : item.purchaseDate,
      status: item.status ?? 'in-use',
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: equipmentItem.id })
    .get().id;
}
