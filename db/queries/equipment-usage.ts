import { and, asc, desc, eq, gte, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { equipmentUsage } from '../schema/equipment-maintenance';
import { equipmentItem } from '../schema/equipment';
import { clients } from '../schema/clients';
import { staff } from '../schema/staff';

export type UsageRow = typeof equipmentUsage.$inferSelect;

export function insertUsage(db: Executor, row: typeof equipmentUsage.$inferInsert): UsageRow {
  return db.insert(equipmentUsage).values(row).returning().get();
}

export interface UsageFilter {
  id?: number | undefined;
  itemId?: number | undefined;
  clientId?: number | undefined;
  sessionId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Uses newest first, with the item, the client's and the staff member's names. */
export function listUsage(db: Executor, filter: UsageFilter, limit: number) {
  const where: SQL[] = [];
  if (filter.id !== undefined) where.push(eq(equipmentUsage.id, filter.id));
  if (filter.itemId !== undefined) where.push(eq(equipmentUsage.itemId, filter.itemId));
  if (filter.clientId !== undefined) where.push(eq(equipmentUsage.clientId, filter.clientId));
  if (filter.sessionId !== undefined) where.push(eq(equipmentUsage.sessionId, filter.sessionId));
  if (filter.from) where.push(gte(equipmentUsage.usedOn, filter.from));
  if (filter.to) where.push(lte(equipmentUsage.usedOn, filter.to));
  return db
    .select({
      id: equipmentUsage.id,
      itemId: equipmentUsage.itemId,
      inventoryNumber: equipmentItem.inventoryNumber,
      itemName: equipmentItem.name,
      clientId: equipmentUsage.clientId,
      clientFirstName: clients.firstName,
      clientLastName: clients.lastName,
      usedOn: equipmentUsage.usedOn,
      startedAt: equipmentUsage.startedAt,
      minutes: equipmentUsage.minutes,
      staffId: equipmentUsage.staffId,
      staffName: staff.fullName,
      sessionId: equipmentUsage.sessionId,
      bookingId: equipmentUsage.bookingId,
      note: equipmentUsage.note,
    })
    .from(equipmentUsage)
    .innerJoin(equipmentItem, eq(equipmentItem.id, equipmentUsage.itemId))
    .innerJoin(staff, eq(staff.id, equipmentUsage.staffId))
    .leftJoin(clients, eq(clients.id, equipmentUsage.clientId))
    .where(and(...where))
    .orderBy(desc(equipmentUsage.usedOn), desc(equipmentUsage.startedAt), desc(equipmentUsage.id))
    .limit(limit)
    .all();
}

/** Uses per item per month (`YYYY-MM`) from `from` to `to` (dates, both included), with distinct clients. */
export function usageCountsByMonth(db: Executor, from: string, to: string, itemId?: number) {
  const month = sql<string>`substr(${equipmentUsage.usedOn}, 1, 7)`;
  const where = [gte(equipmentUsage.usedOn, from), lte(equipmentUsage.usedOn, to)];
  if (itemId !== undefined) where.push(eq(equipmentUsage.itemId, itemId));
  return db
    .select({
      itemId: equipmentUsage.itemId,
      inventoryNumber: equipmentItem.inventoryNumber,
      itemName: equipmentItem.name,
      month,
      uses: sql<number>`count(*)`,
      clients: sql<number>`count(DISTINCT ${equipmentUsage.clientId})`,
      minutes: sql<number>`coalesce(sum(${equipmentUsage.minutes}), 0)`,
    })
    .from(equipmentUsage)
    .innerJoin(equipmentItem, eq(equipmentItem.id, equipmentUsage.itemId))
    .where(and(...where))
    .groupBy(equipmentUsage.itemId, month)
    .orderBy(equipmentItem.inventoryNumber, month)
    .all();
}

/** Items a use may be logged for: everything not written off, by inventory number. */
export function usableItems(db: Executor) {
  return db
    .select({ id: equipmentItem.id, inventoryNumber: equipmentItem.inventoryNumber, name: equipmentItem.name, category: equipmentItem.category })
    .from(equipmentItem)
    .where(ne(equipmentItem.status, 'written-off'))
    .orderBy(asc(equipmentItem.inventoryNumber))
    .all();
}
