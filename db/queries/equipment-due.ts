import type { Db, Executor } from '../client';
import { prepared } from '../prepared';
import { addDays } from '../../shared/domain/local-date';
import { equipmentSettings } from '../schema/equipment-maintenance';

/** Uses of the item after `since` up to and including `until`, as SQL over the (item_id, used_on) index. */
const usesSinceLastSql = `(SELECT count(*) FROM equipment_usage u
  WHERE u.item_id = s.item_id AND u.used_on > coalesce(s.last_done_on, s.starts_on) AND u.used_on <= :asOf)`;

/**
 * True when a schedule of the item that blocks use is overdue on `date`: its due date has passed, or
 * (counted in uses) more uses than its interval happened since the last maintenance.
 */
export function inspectionOverdue(db: Db, itemId: number, date: string): boolean {
  // Raw and prepared: every booking and usage asks this, and a drizzle query costs several times the SQL.
  return prepared(db, overdueBlockingScheduleSql).get({ itemId, asOf: date }) !== undefined;
}

const overdueBlockingScheduleSql = `SELECT 1 FROM equipment_schedule s
  WHERE s.item_id = :itemId AND s.active = 1 AND s.blocks_use = 1
    AND ((s.next_due_on IS NOT NULL AND s.next_due_on < :asOf) OR (s.interval_unit = 'uses' AND ${usesSinceLastSql} > s.interval_value))
  LIMIT 1`;

/** The centre's switch: refuse uses of an item whose blocking inspection is overdue. Off until set. */
export function blockUseWhenOverdue(db: Executor): boolean {
  return db.select({ on: equipmentSettings.blockUseWhenOverdue }).from(equipmentSettings).get()?.on ?? false;
}

export interface DueRow {
  scheduleId: number;
  itemId: number;
  inventoryNumber: string;
  itemName: string;
  category: string;
  itemStatus: string;
  location: string | null;
  title: string;
  kind: string;
  intervalUnit: 'days' | 'months' | 'uses';
  intervalValue: number;
  responsibleKind: 'staff' | 'supplier';
  responsibleName: string | null;
  supplierContact: string | null;
  blocksUse: number;
  lastDoneOn: string | null;
  nextDueOn: string | null;
  usesSinceLast: number | null;
}

const dueColumns = `s.id AS scheduleId, s.item_id AS itemId, i.inventory_number AS inventoryNumber, i.name AS itemName,
  i.category AS category, i.status AS itemStatus, i.location AS location, s.title AS title, s.kind AS kind,
  s.interval_unit AS intervalUnit, s.interval_value AS intervalValue, s.responsible_kind AS responsibleKind,
  CASE s.responsible_kind WHEN 'staff' THEN st.full_name ELSE s.supplier_name END AS responsibleName,
  s.supplier_contact AS supplierContact, s.blocks_use AS blocksUse, s.last_done_on AS lastDoneOn, s.next_due_on AS nextDueOn`;

/** Dated schedules with the due date in [:from, :to], earliest first, at most :limit: a range read over the partial index. */
const datedDueSql = `SELECT ${dueColumns}, NULL AS usesSinceLast
  FROM equipment_schedule s
  JOIN equipment_item i ON i.id = s.item_id
  LEFT JOIN staff st ON st.id = s.responsible_staff_id
  WHERE s.active = 1 AND s.next_due_on IS NOT NULL AND s.next_due_on >= :from AND s.next_due_on <= :to AND i.status <> 'written-off'
  ORDER BY s.next_due_on, s.id
  LIMIT :limit`;

/** How many dated schedules fall in each section, written-off items left out. */
const datedCountsSql = `SELECT
    coalesce(sum(s.next_due_on < :asOf), 0) AS overdue,
    coalesce(sum(s.next_due_on >= :asOf AND s.next_due_on <= :soon), 0) AS dueSoon,
    coalesce(sum(s.next_due_on > :soon), 0) AS upcoming
  FROM equipment_schedule s
  JOIN equipment_item i ON i.id = s.item_id
  WHERE s.active = 1 AND s.next_due_on IS NOT NULL AND s.next_due_on <= :until AND i.status <> 'written-off'`;

/** Schedules counted in uses, with the uses since their last maintenance (few: the laundry, the bed). */
const usageDueSql = `SELECT ${dueColumns}, ${usesSinceLastSql} AS usesSinceLast
  FROM equipment_schedule s
  JOIN equipment_item i ON i.id = s.item_id
  LEFT JOIN staff st ON st.id = s.responsible_staff_id
  WHERE s.active = 1 AND s.interval_unit = 'uses' AND i.status <> 'written-off'
  ORDER BY s.id`;

export interface DueWindow {
  asOf: string;
  /** The last day of "due soon". */
  soon: string;
  /** The last day of "upcoming". */
  until: string;
  limit: number;
}

/** Each section's first `limit` dated rows and their whole counts, plus every usage-counted schedule. */
export function dueSchedules(db: Db, { asOf, soon, until, limit }: DueWindow) {
  const dayBefore = (date: string) => addDays(date, -1);
  return {
    overdue: prepared(db, datedDueSql).all({ from: '0000-00-00', to: dayBefore(asOf), limit }) as DueRow[],
    dueSoon: prepared(db, datedDueSql).all({ from: asOf, to: soon, limit }) as DueRow[],
    upcoming: prepared(db, datedDueSql).all({ from: addDays(soon, 1), to: until, limit }) as DueRow[],
    counts: prepared(db, datedCountsSql).get({ asOf, soon, until }) as { overdue: number; dueSoon: number; upcoming: number },
    counted: prepared(db, usageDueSql).all({ asOf }) as DueRow[],
  };
}

/** Items with an overdue schedule that blocks use on `asOf`: the warning badge's list. */
export function itemsWithOverdueSafety(db: Db, asOf: string): number[] {
  const rows = prepared(
    db,
    `SELECT DISTINCT s.item_id AS itemId FROM equipment_schedule s
     WHERE s.active = 1 AND s.blocks_use = 1
       AND ((s.next_due_on IS NOT NULL AND s.next_due_on < :asOf) OR (s.interval_unit = 'uses' AND ${usesSinceLastSql} > s.interval_value))
     ORDER BY s.item_id`,
  ).all({ asOf }) as { itemId: number }[];
  return rows.map((row) => row.itemId);
}
