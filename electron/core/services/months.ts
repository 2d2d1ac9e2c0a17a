import { findMonthClosure, saveMonthClosure, type MonthClosureRow } from '#db/queries/month-closures';
import { findStaffById } from '#db/queries/staff';
import type { Executor } from '#db/client';
import { writeWithAudit } from '#db/write';
import type { MonthStatus } from '#shared/contract/months';
import type { ServiceKind } from '#shared/domain/services';
import { conflict } from '../app-error';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';

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
  return {
    'months.status': ({ month, service }) => statusOf(db, month, service, findMonthClosure(db, month, service)),

    'months.close': ({ month, service }, call) => {
      const staffId = call.actor().id;
      const row = writeWithAudit(
        db,
        { staffId, method: call.method },
        (tx, audit) => {
          const before = findMonthClosure(tx, month, service);
          if (before?.closed) throw conflict('months.alreadyClosed', { month });
          const after = saveMonthClosure(tx, {
            month,
            service,
            closed: true,
            closedAt: now().toISOString(),
            closedBy: staffId,
            reopenedAt: before?.reopenedAt ?? null,
            reopenedBy: before?.reopenedBy ?? null,
            reopenReason: before?.reopenReason ?? null,
          });
          audit({ entity: 'month_closure', entityId: `${month}:${service}`, before: before ?? null, after });
          return after;
        },
        now,
      );
      events.emit('months.changed', { month, service });
      return statusOf(db, month, service, row);
    },

    'months.reopen': ({ month, service, reason }, call) => {
      const staffId = call.actor().id;
      const row = writeWithAudit(
        db,
        { staffId, method: call.method },
        (tx, audit) => {
          const before = findMonthClosure(tx, month, service);
          if (!before?.closed) throw conflict('months.notClosed', { month });
          const after = saveMonthClosure(tx, { ...before, closed: false, reopenedAt: now().toISOString(), reopenedBy: staffId, reopenReason: reason });
          audit({ entity: 'month_closure', entityId: `${month}:${service}`, before, after });
          return after;
        },
        now,
      );
      events.emit('months.changed', { month, service });
      return statusOf(db, month, service, row);
    },
  };
}
