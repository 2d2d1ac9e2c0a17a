import type { Db } from '#db/client';

/** An item of the register written straight into its table, for loans and bookings tests and the bench. */
export function insertItem(db: Db, item: { number: string; category: string; name?: string; status?: string }): number {
  const at = '2026-01-01T08:00:00.000Z';
  return Number(
    db.$client
      .prepare(
        `INSERT INTO equipment_item (inventory_number, category, name, status, condition, purchase_date, funding_source, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'good', '2025-01-01', 'own-budget', ?, ?)`,
      )
      .run(item.number, item.category, item.name ?? item.category, item.status ?? 'in-storage', at, at).lastInsertRowid,
  );
}

/** A blocking safety inspection of an item, due on `nextDueOn`. */
export function insertBlockingInspection(db: Db, itemId: number, nextDueOn: string): void {
  db.$client
    .prepare(
      `INSERT INTO equipment_schedule (item_id, title, kind, interval_unit, interval_value, starts_on, responsible_kind, blocks_use, active, next_due_on, created_at, updated_at)
       VALUES (?, 'Safety inspection', 'inspection', 'months', 12, '2025-01-01', 'supplier', 1, 1, ?, '2025-01-01', '2025-01-01')`,
    )
    .run(itemId, nextDueOn);
}
