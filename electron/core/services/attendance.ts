import { closedDay } from '../calendar/closed-day';
import { dayQuery, findAttendance, findAttendanceClient, stillHere, type AttendanceRow, type AttendanceValues } from '#db/queries/attendance';
import { getCentre } from '#db/queries/centre';
import { finalClientStatuses } from '#shared/domain/attendance';
import { defaultServedMeals, inMealOrder, unservedAdditions } from '#shared/domain/meals';
import { isoWeekday, localDate, localTime } from '#shared/domain/local-date';
import { AppError, conflict, notFound } from '../app-error';
import type { HandlerCall } from '../call-context';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';
import { createUndoStore } from './attendance-undo';
import { dayCounters, dayRow } from './attendance-view';
import { createDayWriter, recordView } from './attendance-write';
import { handOverRequired } from './dementia-safety/hand-over';

type AttendanceHandlers = Pick<
  Handlers,
  | 'attendance.day'
  | 'attendance.checkIn'
  | 'attendance.checkOut'
  | 'attendance.markAbsent'
  | 'attendance.setMeals'
  | 'attendance.setTransport'
  | 'attendance.checkOutAll'
  | 'attendance.undo'
>;

const valuesOf = ({ id: _id, ...values }: AttendanceRow): AttendanceValues => values;

export function attendanceHandlers(deps: ServiceDeps): AttendanceHandlers {
  const { db, now } = deps;
  const undo = createUndoStore();
  const writer = createDayWriter(deps, undo);
  const today = () => localDate(now());
  const stamp = () => now().toISOString();

  /** The client must exist and must not have left the centre for good. */
  const activeClient = (clientId: number) => {
    const client = findAttendanceClient(db, clientId);
    if (!client) throw notFound('attendance.clientNotFound');
    if ((finalClientStatuses as readonly string[]).includes(client.status)) throw conflict(`attendance.client.${client.status}`);
  };
  const empty = (clientId: number, date: string): AttendanceValues => ({
    clientId, date, status: 'present', arrivedAt: null, leftAt: null, absenceReason: null, note: null,
    meals: [], transportTo: false, transportFrom: false, updatedAt: stamp(),
  });
  const servedMeals = () => getCentre(db)?.mealKinds ?? [...defaultServedMeals];
  const presentRow = (before: AttendanceRow | undefined): AttendanceRow => {
    if (before?.status !== 'present') throw conflict('attendance.notPresent');
    return before;
  };

  /** One client's row on one day: check the rules on the stored row, then store `next`. */
  const single = (call: HandlerCall, clientId: number, date: string, next: (before: AttendanceRow | undefined) => AttendanceValues) => {
    const [change] = writer.commit(call, date, () => {
      activeClient(clientId);
      const before = findAttendance(db, clientId, date);
      return [{ clientId, date, before, next: next(before) }];
    });
    if (!change?.after) throw new Error('attendance write stored no row');
    return recordView(change.after);
  };

  return {
    'attendance.day': ({ date }, call) => {
      // On a holiday or a centre day off nobody is expected (weekday 0 matches no plan); records still show.
      const closed = closedDay(db, date, call.language);
      const rows = dayQuery(db, date, closed ? 0 : isoWeekday(date)).map(dayRow);
      return { date, today: today(), closed, mealKinds: servedMeals(), rows, counters: dayCounters(rows) };
    },

    'attendance.checkIn': ({ clientId, date, time, confirmClosedDay }, call) => {
      const day = date ?? today();
      if (day > today()) throw conflict('attendance.futureDate');
      const closed = confirmClosedDay ? null : closedDay(db, day, call.language);
      if (closed) throw conflict(`attendance.closedDay.${closed.reason}`, { name: closed.name ?? '' });
      return single(call, clientId, day, (before) => {
        if (before?.status === 'present') throw conflict('attendance.alreadyCheckedIn', { time: before.arrivedAt ?? '' });
        // An absence marked in the morning gives way when the client turns up after all.
        const base = before ? { ...valuesOf(before), absenceReason: null, note: null } : empty(clientId, day);
        return { ...base, status: 'present', arrivedAt: time ?? localTime(now()), leftAt: null, updatedAt: stamp() };
      });
    },

    'attendance.checkOut': ({ clientId, date, time }, call) => {
      const day = date ?? today();
      const at = time ?? localTime(now());
      // Reception hands a dementia-group client over to a named collector (attendance.handOver); a manager
      // may still correct a departure time after the fact.
      if (call.actor().role === 'reception' && handOverRequired(db, clientId, day)) throw conflict('handOver.required');
      return single(call, clientId, day, (before) => {
        if (before?.status !== 'present') throw conflict('attendance.notCheckedIn');
        if (before.leftAt) throw conflict('attendance.alreadyCheckedOut', { time: before.leftAt });
        if (before.arrivedAt && at < before.arrivedAt) throw conflict('attendance.leftBeforeArrival', { time: before.arrivedAt });
        return { ...valuesOf(before), leftAt: at, updatedAt: stamp() };
      });
    },

    'attendance.markAbsent': ({ clientId, date, reason, note }, call) =>
      single(call, clientId, date, (before) => {
        if (before?.status === 'present') throw conflict('attendance.alreadyPresent', { time: before.arrivedAt ?? '' });
        return { ...empty(clientId, date), status: 'absent', absenceReason: reason, note: note || null };
      }),

    'attendance.setMeals': ({ clientId, date, meals }, call) =>
      single(call, clientId, date, (before) => {
        const row = presentRow(before);
        const next = inMealOrder(meals);
        // Adding a meal the centre does not serve is a mistake; one stored before it stopped serving it is history and may stay.
        const [unserved] = unservedAdditions(next, row.meals, servedMeals());
        if (unserved) throw conflict('attendance.mealNotServed', { meal: unserved });
        return { ...valuesOf(row), meals: next, updatedAt: stamp() };
      }),

    'attendance.setTransport': ({ clientId, date, transportTo, transportFrom }, call) =>
      single(call, clientId, date, (before) => ({ ...valuesOf(presentRow(before)), transportTo, transportFrom, updatedAt: stamp() })),

    'attendance.checkOutAll': ({ date, time }, call) => {
      const everyone = stillHere(db, date);
      // A dementia-group client never leaves without a named collector: they stay for a hand-over each.
      const here = everyone.filter((row) => !handOverRequired(db, row.clientId, date));
      // Somebody who arrived after the chosen time is left for reception to check out by hand.
      const leaving = here.filter((row) => !row.arrivedAt || row.arrivedAt <= time);
      if (leaving.length > 0) {
        writer.commit(call, date, () =>
          leaving.map((row) => ({ clientId: row.clientId, date, before: row, next: { ...valuesOf(row), leftAt: time, updatedAt: stamp() } })),
        );
      }
      return { checkedOut: leaving.length, skipped: here.length - leaving.length, awaitingHandOver: everyone.length - here.length };
    },

    'attendance.undo': (_input, call) => {
      const staffId = call.actor().id;
      const action = undo.take(staffId, now().getTime());
      if (action === 'none') throw conflict('attendance.nothingToUndo');
      if (action === 'expired') throw conflict('attendance.undoExpired');
      try {
        writer.commit(
          call,
          action.date,
          () =>
            action.changes.map(({ clientId, date, before, after }) => {
              const current = findAttendance(db, clientId, date);
              // Somebody changed the row since: undoing would silently throw their change away.
              if (JSON.stringify(current ?? null) !== JSON.stringify(after)) throw conflict('attendance.undoStale');
              return { clientId, date, before: current, next: before ? { ...valuesOf(before), updatedAt: stamp() } : null };
            }),
          { undoable: false },
        );
      } catch (error) {
        if (!(error instanceof AppError)) undo.restore(staffId, action);
        throw error;
      }
      return { date: action.date, undone: action.method, rows: action.changes.length };
    },
  };
}
