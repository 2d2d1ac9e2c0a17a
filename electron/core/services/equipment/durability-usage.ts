import type { Db } from '#db/client';

export interface ItemHistory {
  lastUse: string | null;
  lastInspection: string | null;
  usesPerYear: { year: number; count: number }[];
}

const none: ItemHistory = { lastUse: null, lastInspection: null, usesPerYear: [] };

function tableExists(db: Db, name: string): boolean {
  return Boolean(db.$client.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name));
}

/**
 * Uses and inspections of the project's items, from the usage log and maintenance records of the
 * maintenance part of issue 15 (`equipment_usage`, `equipment_maintenance`). Read by their table names so
 * this report works before and after those tables exist: without them, every item has no history yet.
 */
export function itemHistories(db: Db, itemIds: readonly number[]): Map<number, ItemHistory> {
  const result = new Map<number, ItemHistory>(itemIds.map((id) => [id, { ...none, usesPerYear: [] }]));
  if (itemIds.length === 0) return result;
  const ids = JSON.stringify(itemIds);
  if (tableExists(db, 'equipment_usage')) {
    const rows = db.$client
      .prepare(
        `SELECT item_id AS id, substr(used_on, 1, 4) AS year, count(*) AS n, max(used_on) AS last
         FROM equipment_usage WHERE item_id IN (SELECT value FROM json_each(?)) GROUP BY item_id, year ORDER BY item_id, year`,
      )
      .all(ids) as { id: number; year: string; n: number; last: string }[];
    for (const row of rows) {
      const history = result.get(row.id);
      if (!history) continue;
      history.usesPerYear.push({ year: Number(row.year), count: row.n });
      if (!history.lastUse || row.last > history.lastUse) history.lastUse = row.last;
    }
  }
  if (tableExists(db, 'equipment_maintenance')) {
    const rows = db.$client
      .prepare(`SELECT item_id AS id, max(done_on) AS last FROM equipment_maintenance WHERE item_id IN (SELECT value FROM json_each(?)) GROUP BY item_id`)
      .all(ids) as { id: number; last: string }[];
    for (const row of rows) {
      const history = result.get(row.id);
      if (history) history.lastInspection = row.last;
    }
  }
  return result;
}
