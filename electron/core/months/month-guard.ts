import type { Executor } from '#db/client';
import { closedServices, findMonthClosure } from '#db/queries/month-closures';
import { clientServicesBetween } from '#db/queries/attendance-sheet';
import type { ServiceKind } from '#shared/domain/services';
import { monthBounds, monthOf } from '#shared/domain/month';
import { conflict } from '../app-error';

export type MonthGuardTarget = { clientId: number } | { service: ServiceKind };

/**
 * Refuses a change to attendance on `date` when its month is closed: for a service directly, or for a
 * client through every service they hold a decision for that month. Call it inside the write
 * transaction (`tx`), so a month closed a moment earlier cannot slip through.
 */
export function assertMonthOpen(executor: Executor, target: MonthGuardTarget, date: string): void {
  const month = monthOf(date);
  if ('service' in target) {
    if (findMonthClosure(executor, month, target.service)?.closed) throw conflict('months.closed', { month, service: target.service });
    return;
  }
  const { first, last } = monthBounds(month);
  const closed = closedServices(executor, month, clientServicesBetween(executor, target.clientId, first, last));
  if (closed[0]) throw conflict('months.closed', { month, service: closed[0] });
}
