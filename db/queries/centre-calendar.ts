import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { centreCalendarDays } from '../schema/centre-calendar';
import type { Executor } from '../client';

export type CentreCalendarRow = typeof centreCalendarDays.$inferSelect;

function daysBetweenQuery(db: Executor) {
  return db
    .select()
    .from(centreCalendarDays)
    .where(and(gte(centreCalendarDays.date, sql.placeholder('first')), lte(centreCalendarDays.date, sql.placeholder('last'))))
    .orderBy(asc(centreCalendarDays.date))
    .prepare();
}

// Every check-in asks whether its day is closed: building this query each time cost more than running it.
const daysBetweenQueries = new WeakMap<Executor, ReturnType<typeof daysBetweenQuery>>();

export function centreDaysBetween(db: Executor, first: string, last: string): CentreCalendarRow[] {
  let query = daysBetweenQueries.get(db);
  if (!query) {
    query = daysBetweenQuery(db);
    daysBetweenQueries.set(db, query);
  }
  return query.all({ first, last });
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
