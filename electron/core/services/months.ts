import { findMonthClosure, saveMonthClosure, type MonthClosureRow } from '#db/queries/month-closures';
import { findStaffById } from '#db/queries/staff';
import type { Executor } from '#db/client';
import type { MonthStatus } from '#shared/contract/months';
import type { ServiceKind } from '#shared/domain/services';
import { conflict } from '../app-error';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';
import type { HandlerCall } from '../call-context';
import { audited } from './audited';

type MonthHandlers = Pick<Handlers, 'months.status' | 'months.close' | 'months.reopen'>;

function statusOf(db: Executor, month: string, service: ServiceKind, row: MonthClosureRow | undefined): MonthStatus {
  const name = (id: number | null) => (id === null ? null : (findStaffById(db, id)?.fullName ?? null));
  return {
    month,
    service,
    closed: row?.closed ?? false,
    closedAt: row?.closedAt ?? null,
    closedBy: row ? name(row.closedBy) : null,
    reopenedAt: row?.reopenedAt ?? null,
    reopenedBy: row ? name(row.reopenedBy) : null,
    reopenReason: row?.reopenReason ?? null,
  };
}

export function monthHandlers({ db, now, events }: ServiceDeps): MonthHandlers {
  /** Closing and reopening: one audited change of the month's closure row, then every window is told. */
  const changeClosure = (
    call: HandlerCall,
    month: string,
    service: ServiceKind,
    next: (before: MonthClosureRow | undefined, staffId: number, at: string) => MonthClosureRow,
  ): MonthStatus => {
    const row = audited(db, now, call)((tx, audit) => {
      const before = findMonthClosure(tx, month, service);
      const after = saveMonthClosure(tx, next(before, call.actor().id, now().toISOString()));
      audit({ entity: 'month_closure', entityId: `${month}:${service}`, before: before ?? null, after });
      return after;
    });
    events.emit('months.changed', { month, service });
    return statusOf(db, month, service, row);
  };

  return {
    'months.status': ({ month, service }) => statusOf(db, month, service, findMonthClosure(db, month, service)),

    'months.close': ({ month, service }, call) =>
      changeClosure(call, month, service, (before, staffId, at) => {
        if (before?.closed) throw conflict('months.alreadyClosed', { month });
        return {
          month,
          service,
          closed: true,
          closedAt: at,
          closedBy: staffId,
          reopenedAt: before?.reopenedAt ?? null,
          reopenedBy: before?.reopenedBy ?? null,
          reopenReason: before?.reopenReason ?? null,
        };
      }),

    'months.reopen': ({ month, service, reason }, call) =>
      changeClosure(call, month, service, (before, staffId, at) => {
        if (!before?.closed) throw conflict('months.notClosed', { month });
        return { ...before, closed: false, reopenedAt: at, reopenedBy: staffId, reopenReason: reason };
      }),
  };
}
