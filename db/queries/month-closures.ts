import { and, eq } from 'drizzle-orm';
import { monthClosures } from '../schema/month-closures';
import type { Db, Executor } from '../client';
import { prepared } from '../prepared';

export type MonthClosureRow = typeof monthClosures.$inferSelect;
export type ServiceKindColumn = MonthClosureRow['service'];

export function findMonthClosure(db: Executor, month: string, service: ServiceKindColumn): MonthClosureRow | undefined {
  return db
    .select()
    .from(monthClosures)
    .where(and(eq(monthClosures.month, month), eq(monthClosures.service, service)))
    .get();
}

/**
 * The first service closed for `month` that the client held a decision for within [first, last], if
 * any. Every attendance write asks this, so it is one prepared statement: with no month closed it is a
 * single index probe.
 */
export function closedServiceOfClient(db: Db, month: string, clientId: number, first: string, last: string): ServiceKindColumn | undefined {
  const row = prepared(
    db,
    `SELECT c.service FROM month_closures c
     WHERE c.month = @month AND c.closed = 1
       AND EXISTS (SELECT 1 FROM service_decisions d WHERE d.client_id = @clientId AND d.service = c.service AND d.voided_at IS NULL
                     AND d.valid_from <= @last AND (d.valid_to IS NULL OR d.valid_to >= @first))
     ORDER BY c.service LIMIT 1`,
  ).get({ month, clientId, first, last }) as { service: ServiceKindColumn } | undefined;
  return row?.service;
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
