import type { Db } from '#db/client';
import type { dueStates } from '#shared/contract/equipment';

type DueState = (typeof dueStates)[number];

/*
 * HOOK for the maintenance part of issue 15: the register list's "due state" filter. Return the ids of the
 * items in `state` as of `asOf` (overdue: a schedule past its next due date; due-soon: within 30 days;
 * ok: neither), computed by the due query of equipment maintenance. Until that query is wired in here,
 * the filter is answered from `equipment_schedule.next_due_on` when that table exists, else it filters
 * nothing out.
 */
export function dueFilterIds(db: Db, state: DueState, asOf: Date): number[] | undefined {
  const sqlite = db.$client;
  const exists = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'equipment_schedule'").get();
  if (!exists) return undefined;
  const today = asOf.toISOString().slice(0, 10);
  const soon = new Date(asOf.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const dueIds = (where: string) =>
    (sqlite.prepare(`SELECT DISTINCT item_id AS id FROM equipment_schedule WHERE active = 1 AND next_due_on IS NOT NULL AND ${where}`).all(today, soon) as { id: number }[]).map(
      (r) => r.id,
    );
  if (state === 'overdue') return dueIds('next_due_on < ? AND ? IS NOT NULL');
  if (state === 'due-soon') return dueIds('next_due_on >= ? AND next_due_on <= ?');
  const flagged = new Set(dueIds('next_due_on <= ? OR next_due_on <= ?'));
  return (sqlite.prepare('SELECT id FROM equipment_item').all() as { id: number }[]).map((r) => r.id).filter((id) => !flagged.has(id));
}
