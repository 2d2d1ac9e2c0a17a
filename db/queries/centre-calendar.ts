import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { centreCalendarDays } from '../schema/centre-calendar';
import type { Executor } from '../client';

export type CentreCalendarRow = typeof centreCalendarDays.$inferSelect;

export function centreDaysBetween(db: Executor, first: string, last: string): CentreCalendarRow[] {
  return db
    .select()
    .from(centreCalendarDays)
    .where(and(gte(centreCalendarDays.date, first), lte(centreCalendarDays.date, last)))
    .orderBy(asc(centreCalendarDays.date))
    .all();
}

export function findCentreDay(db: Executor, date: string): CentreCalendarRow | undefined {
  return db.select().from(centreCalendarDays).where(eq(centreCalendarDays.date, date)).get();
}

export function upsertCentreDay(db: Executor, row: CentreCalendarRow): CentreCalendarRow {
  const { date: _date, ...rest } = row;
  return db
    .insert(centreCalendarDays)
    .values(row)
    .onConflictDoUpdate({ target: centreCalendarDays.date, set: rest })
    .returning()
    .get();
}

export function deleteCentreDay(db: Executor, date: string): void {
  db.delete(centreCalendarDays).where(eq(centreCalendarDays.date, date)).run();
}
