import { and, eq, inArray } from 'drizzle-orm';
import { monthClosures } from '../schema/month-closures';
import type { Executor } from '../client';

export type MonthClosureRow = typeof monthClosures.$inferSelect;
export type ServiceKindColumn = MonthClosureRow['service'];

export function findMonthClosure(db: Executor, month: string, service: ServiceKindColumn): MonthClosureRow | undefined {
  return db
    .select()
    .from(monthClosures)
    .where(and(eq(monthClosures.month, month), eq(monthClosures.service, service)))
    .get();
}

/** The services among `services` whose `month` is closed now. */
export function closedServices(db: Executor, month: string, services: readonly ServiceKindColumn[]): ServiceKindColumn[] {
  if (services.length === 0) return [];
  return db
    .select({ service: monthClosures.service })
    .from(monthClosures)
    .where(and(eq(monthClosures.month, month), eq(monthClosures.closed, true), inArray(monthClosures.service, [...services])))
    .all()
    .map((r) => r.service);
}

export function saveMonthClosure(db: Executor, row: MonthClosureRow): MonthClosureRow {
  const { month: _m, service: _s, ...rest } = row;
  return db
    .insert(monthClosures)
    .values(row)
    .onConflictDoUpdate({ target: [monthClosures.month, monthClosures.service], set: rest })
    .returning()
    .get();
}
