import type { Db } from '../client';
import { prepared } from '../prepared';
import { toAttendanceRow, type AttendanceRow } from './attendance';

type RawAttendance = Parameters<typeof toAttendanceRow>[0];

const attendanceSql = `SELECT id, client_id AS clientId, date, status, arrived_at AS arrivedAt, left_at AS leftAt,
  absence_reason AS absenceReason, note, meals, transport_to AS transportTo, transport_from AS transportFrom, updated_at AS updatedAt
  FROM attendance WHERE client_id = ? ORDER BY date`;

/** Every attendance day of a client, oldest first. */
export function attendanceOfClient(db: Db, clientId: number): AttendanceRow[] {
  return (prepared(db, attendanceSql).all(clientId) as RawAttendance[]).map(toAttendanceRow);
}

/**
 * The latest day a client was served: the last attendance day, the end of the last decision and the
 * day the status changed to discharged or deceased. An open-ended decision has no end, so a discharged
 * client counts from the discharge. The card's creation day stands in when there is none of these.
 */
const lastServiceSql = `
SELECT coalesce(nullif(max(
  coalesce((SELECT max(date) FROM attendance WHERE client_id = c.id), ''),
  coalesce((SELECT max(valid_to) FROM service_decisions WHERE client_id = c.id), ''),
  CASE WHEN c.status IN ('discharged', 'deceased') THEN coalesce(c.status_since, '') ELSE '' END
), ''), substr(c.created_at, 1, 10)) AS lastService, c.id, c.first_name AS firstName, c.last_name AS lastName, c.status
FROM clients c`;

export interface LastServiceRow {
  id: number;
  firstName: string;
  lastName: string;
  status: 'active' | 'paused' | 'discharged' | 'deceased';
  lastService: string;
}

/** Discharged and deceased clients with their last service day; active and paused ones are still served. */
export function endedClients(db: Db): LastServiceRow[] {
  return prepared(db, `${lastServiceSql} WHERE c.status IN ('discharged', 'deceased')`).all() as LastServiceRow[];
}

export function lastServiceOf(db: Db, clientId: number): LastServiceRow | undefined {
  return prepared(db, `${lastServiceSql} WHERE c.id = ?`).get(clientId) as LastServiceRow | undefined;
}
