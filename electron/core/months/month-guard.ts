import type { Db } from '#db/client';
import { closedServiceOfClient, findMonthClosure } from '#db/queries/month-closures';
import type { ServiceKind } from '#shared/domain/services';
import { monthBounds, monthOf } from '#shared/domain/month';
import { conflict } from '../app-error';

export type MonthGuardTarget = { clientId: number } | { service: ServiceKind };

/**
 * Refuses a change to attendance on `date` when its month is closed: for a service directly, or for a
 * client through every service they hold a decision for that month. Call it inside the write
 * transaction (better-sqlite3 runs it on the same connection), so a month closed a moment earlier
 * cannot slip through.
 */
export function assertMonthOpen(db: Db, target: MonthGuardTarget, date: string): void {
  const month = monthOf(date);
  if ('service' in target) {
    if (findMonthClosure(db, month, target.service)?.closed) throw conflict('months.closed', { month, service: target.service });
    return;
  }
  const { first, last } = monthBounds(month);
  const closed = closedServiceOfClient(db, month, target.clientId, first, last);
  if (closed) throw conflict('months.closed', { month, service: closed });
}
