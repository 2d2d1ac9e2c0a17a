import { collectorsOf, handOverById, handOversOn, insertHandOver, isDementiaClientOn } from '#db/queries/dementia-safety';
import { findAttendance, type AttendanceRow } from '#db/queries/attendance';
import { findClient } from '#db/queries/clients';
import { findStaffByUsername, type StaffRow } from '#db/queries/staff';
import type { HandOver } from '#shared/contract/dementia-safety';
import { localDate, localTime } from '#shared/domain/local-date';
import type { Db } from '#db/client';
import { conflict, forbidden, notFound } from '../../app-error';
import type { HandlerCall } from '../../call-context';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';
import { createUndoStore } from '../attendance-undo';
import { createDayWriter, recordView } from '../attendance-write';
import { reserveAttempt, userKey, verifyReserved } from '../login-attempt';

type HandOverHandlers = Pick<Handlers, 'attendance.collectors' | 'attendance.handOver' | 'attendance.handOvers'>;

const approvers: readonly string[] = ['administrator', 'manager'];

/** A dementia-group client on `date` leaves only with a named collector, unless the card says they may go home alone. */
export function handOverRequired(db: Db, clientId: number, date: string): boolean {
  const client = findClient(db, clientId);
  return !!client && !client.mayGoHomeAlone && isDementiaClientOn(db, clientId, date);
}

export function handOverView(db: Db, id: number): HandOver {
  const row = handOverById(db, id);
  return {
    id: row.id, clientId: row.clientId, date: row.date, time: row.time, relativeId: row.relativeId, collectorName: row.collectorName,
    staffName: row.staffName, overrideReason: row.overrideReason, approvedByName: row.approvedByName,
  };
}

export function handOverHandlers(deps: ServiceDeps): HandOverHandlers {
  const { db, now } = deps;
  // Hand-overs are never undone by the board's undo: the record of who took the client must stay.
  const writer = createDayWriter(deps, createUndoStore());

  /** The manager who approves an override: the caller if a manager, else one whose password was typed at the desk. */
  const approver = async (call: HandlerCall, approval: { username: string; password: string } | undefined): Promise<StaffRow> => {
    const actor = call.actor();
    if (approvers.includes(actor.role)) return actor;
    if (!approval) throw conflict('handOver.approvalRequired');
    const username = approval.username.toLowerCase();
    const attempt = reserveAttempt(deps, userKey(username), call);
    const row = findStaffByUsername(db, username);
    const good = await verifyReserved(attempt, approval.password, row?.passwordHash);
    if (!good || !row?.active || !approvers.includes(row.role)) {
      attempt.failed();
      throw forbidden('handOver.approvalRefused');
    }
    attempt.succeeded();
    return row;
  };

  return {
    'attendance.collectors': ({ clientId, date }) => {
      const client = findClient(db, clientId);
      if (!client) throw notFound('attendance.clientNotFound');
      return {
        handOverRequired: handOverRequired(db, clientId, date ?? localDate(now())),
        mayGoHomeAlone: client.mayGoHomeAlone,
        collectors: collectorsOf(db, clientId),
      };
    },

    'attendance.handOver': async ({ clientId, collectedBy, overrideReason, approval, date, time }, call) => {
      const day = date ?? localDate(now());
      const at = time ?? localTime(now());
      const collectors = collectorsOf(db, clientId);
      const authorised = typeof collectedBy === 'number' ? collectors.find((c) => c.relativeId === collectedBy) : undefined;
      if (typeof collectedBy === 'number' && !authorised) throw conflict('handOver.notAuthorised');
      if (!authorised && !overrideReason) throw conflict('handOver.notAuthorised');
      const manager = authorised ? null : await approver(call, approval);
      const id = audited(db, now, call)((tx, audit) => {
        const [change] = writer.commit(
          call,
          day,
          () => {
            const before = findAttendance(db, clientId, day);
            if (before?.status !== 'present') throw conflict('attendance.notCheckedIn');
            if (before.leftAt) throw conflict('attendance.alreadyCheckedOut', { time: before.leftAt });
            if (before.arrivedAt && at < before.arrivedAt) throw conflict('attendance.leftBeforeArrival', { time: before.arrivedAt });
            const { id: _id, ...values } = before;
            return [{ clientId, date: day, before, next: { ...values, leftAt: at, updatedAt: now().toISOString() } satisfies Omit<AttendanceRow, 'id'> }];
          },
          { undoable: false },
        );
        if (!change?.after) throw new Error('hand-over stored no check-out');
        const row = insertHandOver(tx, {
          clientId, date: day, time: at, relativeId: authorised?.relativeId ?? null, collectorName: authorised?.name ?? String(collectedBy),
          staffId: call.actor().id, overrideReason: authorised ? null : (overrideReason ?? null), approvedBy: manager?.id ?? null,
          createdAt: now().toISOString(),
        });
        audit({ entity: 'hand_over', entityId: row.id, after: row });
        return row.id;
      });
      const record = findAttendance(db, clientId, day);
      if (!record) throw new Error('hand-over lost its check-out');
      return { record: recordView(record), handOver: handOverView(db, id) };
    },

    'attendance.handOvers': ({ date }) => ({
      handOvers: handOversOn(db, date).map((row) => handOverView(db, row.id)),
    }),
  };
}
