import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { centreCalendarDays } from '../schema/centre-calendar';
import type { Db, Executor } from '../client';
import { prepared, preparedPerExecutor } from '../prepared';

export type CentreCalendarRow = typeof centreCalendarDays.$inferSelect;

// Every check-in asks whether its day is closed: building this query each time cost more than running it.
const daysBetweenQuery = preparedPerExecutor((db: Executor) =>
  db
    .select()
    .from(centreCalendarDays)
    .where(and(gte(centreCalendarDays.date, sql.placeholder('first')), lte(centreCalendarDays.date, sql.placeholder('last'))))
    .orderBy(asc(centreCalendarDays.date))
    .prepare(),
);

export function centreDaysBetween(db: Executor, first: string, last: string): CentreCalendarRow[] {
  return daysBetweenQuery(db).all({ first, last });
}

/** The centre's own setting for one day, if any: raw and prepared, as every check-in and booking asks. */
export function centreDayOn(db: Db, date: string): Pick<CentreCalendarRow, 'date' | 'kind' | 'note'> | undefined {
  return prepared(db, 'SELECT date, kind, note FROM centre_calendar_days WHERE date = ?').get(date) as Pick<CentreCalendarRow, 'date' | 'kind' | 'note'> | undefined;
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
