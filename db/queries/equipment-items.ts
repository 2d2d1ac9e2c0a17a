import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { equipmentAttachment, equipmentCategory, equipmentItem } from '../schema/equipment';
import type { Executor } from '../client';

export type EquipmentItemRow = typeof equipmentItem.$inferSelect;
export type NewEquipmentItemRow = typeof equipmentItem.$inferInsert;

export function itemById(db: Executor, id: number): EquipmentItemRow | undefined {
  return db.select().from(equipmentItem).where(eq(equipmentItem.id, id)).get();
}

export function itemByNumber(db: Executor, inventoryNumber: string): EquipmentItemRow | undefined {
  return db.select().from(equipmentItem).where(eq(equipmentItem.inventoryNumber, inventoryNumber)).get();
}

export function insertItem(db: Executor, row: NewEquipmentItemRow): EquipmentItemRow {
  return db.insert(equipmentItem).values(row).returning().get();
}

export function updateItem(db: Executor, id: number, patch: Partial<NewEquipmentItemRow>): EquipmentItemRow | undefined {
  return db.update(equipmentItem).set(patch).where(eq(equipmentItem.id, id)).returning().get();
}

/** The most recently registered inventory numbers, newest first: the pattern a suggestion continues. */
export function recentNumbers(db: Executor, limit = 50): string[] {
  return db
    .select({ n: equipmentItem.inventoryNumber })
    .from(equipmentItem)
    .orderBy(desc(equipmentItem.id))
    .limit(limit)
    .all()
    .map((r) => r.n);
}

/** Every inventory number starting with `prefix` (for the highest number in a pattern). */
export function numbersWithPrefix(db: Executor, prefix: string): string[] {
  return db
    .select({ n: equipmentItem.inventoryNumber })
    .from(equipmentItem)
    .where(sql`substr(${equipmentItem.inventoryNumber}, 1, ${prefix.length}) = ${prefix}`)
    .all()
    .map((r) => r.n);
}

export function itemsByIds(db: Executor, ids: readonly number[]): EquipmentItemRow[] {
  if (ids.length === 0) return [];
  return db.select().from(equipmentItem).where(inArray(equipmentItem.id, [...ids])).all();
}

export function itemsOfProject(db: Executor, projectCode: string): EquipmentItemRow[] {
  return db.select().from(equipmentItem).where(eq(equipmentItem.projectCode, projectCode)).orderBy(asc(equipmentItem.inventoryNumber)).all();
}

export function listCategories(db: Executor) {
  return db.select().from(equipmentCategory).orderBy(asc(equipmentCategory.id)).all();
}

export function categoryById(db: Executor, id: number) {
  return db.select().from(equipmentCategory).where(eq(equipmentCategory.id, id)).get();
}

export function insertCategory(db: Executor, row: typeof equipmentCategory.$inferInsert) {
  return db.insert(equipmentCategory).values(row).returning().get();
}

const attachmentInfo = {
  id: equipmentAttachment.id,
  itemId: equipmentAttachment.itemId,
  kind: equipmentAttachment.kind,
  fileName: equipmentAttachment.fileName,
  mime: equipmentAttachment.mime,
  size: equipmentAttachment.size,
  createdAt: equipmentAttachment.createdAt,
};

export function attachmentsOf(db: Executor, itemId: number) {
  return db.select(attachmentInfo).from(equipmentAttachment).where(eq(equipmentAttachment.itemId, itemId)).orderBy(asc(equipmentAttachment.id)).all();
}

export function attachmentById(db: Executor, id: number) {
  return db.select().from(equipmentAttachment).where(eq(equipmentAttachment.id, id)).get();
}

export function attachmentInfoById(db: Executor, id: number) {
  return db.select(attachmentInfo).from(equipmentAttachment).where(eq(equipmentAttachment.id, id)).get();
}

export function insertAttachment(db: Executor, row: typeof equipmentAttachment.$inferInsert) {
  return db.insert(equipmentAttachment).values(row).returning(attachmentInfo).get();
}

export function deleteAttachment(db: Executor, id: number): void {
  db.delete(equipmentAttachment).where(eq(equipmentAttachment.id, id)).run();
}
