import { and, asc, desc, eq, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { equipmentItem } from '../schema/equipment';
import type { Executor } from '../client';
import type { EquipmentItemRow } from './equipment-items';

export interface RegisterQuery {
  category?: string | undefined;
  status?: EquipmentItemRow['status'] | undefined;
  location?: string | undefined;
  projectCode?: string | undefined;
  search?: string | undefined;
  /** Items the due state allows (the maintenance part answers it); undefined: no due filter. */
  onlyIds?: readonly number[] | undefined;
  sort: 'inventoryNumber' | 'name' | 'category' | 'status' | 'location' | 'purchaseDate' | 'price';
  direction: 'asc' | 'desc';
}

const sortColumn = {
  inventoryNumber: equipmentItem.inventoryNumber,
  name: equipmentItem.name,
  category: equipmentItem.category,
  status: equipmentItem.status,
  location: equipmentItem.location,
  purchaseDate: equipmentItem.purchaseDate,
  price: equipmentItem.priceCents,
} as const;

function whereOf(q: RegisterQuery): SQL | undefined {
  const search = q.search?.trim();
  const pattern = search ? `%${search.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  return and(
    q.category ? eq(equipmentItem.category, q.category) : undefined,
    q.status ? eq(equipmentItem.status, q.status) : undefined,
    q.location ? eq(equipmentItem.location, q.location) : undefined,
    q.projectCode ? eq(equipmentItem.projectCode, q.projectCode) : undefined,
    q.onlyIds ? (q.onlyIds.length === 0 ? sql`0` : sql`${equipmentItem.id} IN (SELECT value FROM json_each(${JSON.stringify(q.onlyIds)}))`) : undefined,
    pattern
      ? or(
          sql`${equipmentItem.inventoryNumber} LIKE ${pattern} ESCAPE '\\'`,
          sql`${equipmentItem.name} LIKE ${pattern} ESCAPE '\\'`,
          sql`coalesce(${equipmentItem.serialNumber}, '') LIKE ${pattern} ESCAPE '\\'`,
        )
      : undefined,
  );
}

/** One page of the register, the count and purchase value of everything the filter matches. */
export function registerPage(db: Executor, q: RegisterQuery, page: number, pageSize: number) {
  const where = whereOf(q);
  const order = q.direction === 'desc' ? desc(sortColumn[q.sort]) : asc(sortColumn[q.sort]);
  const items = db
    .select()
    .from(equipmentItem)
    .where(where)
    .orderBy(order, asc(equipmentItem.inventoryNumber))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const totals = db
    .select({ total: sql<number>`count(*)`, price: sql<number>`coalesce(sum(${equipmentItem.priceCents}), 0)` })
    .from(equipmentItem)
    .where(where)
    .get();
  return { items, total: totals?.total ?? 0, totalPriceCents: totals?.price ?? 0 };
}

/** Every row the filter matches, in order (the export). */
export function registerAll(db: Executor, q: RegisterQuery): EquipmentItemRow[] {
  const order = q.direction === 'desc' ? desc(sortColumn[q.sort]) : asc(sortColumn[q.sort]);
  return db.select().from(equipmentItem).where(whereOf(q)).orderBy(order, asc(equipmentItem.inventoryNumber)).all();
}

export function registerLocations(db: Executor): string[] {
  return db
    .selectDistinct({ location: equipmentItem.location })
    .from(equipmentItem)
    .where(isNotNull(equipmentItem.location))
    .orderBy(asc(equipmentItem.location))
    .all()
    .map((r) => r.location ?? '');
}

export function registerProjects(db: Executor): { code: string; name: string | null }[] {
  return db
    .select({ code: sql<string>`${equipmentItem.projectCode}`, name: sql<string | null>`max(${equipmentItem.projectName})` })
    .from(equipmentItem)
    .where(isNotNull(equipmentItem.projectCode))
    .groupBy(equipmentItem.projectCode)
    .orderBy(asc(equipmentItem.projectCode))
    .all();
}

