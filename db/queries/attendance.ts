import { dayCentreServices, type AbsenceReason } from '#shared/domain/attendance';
import type { MealKind } from '#shared/domain/meals';
import type { Db } from '../client';
import { prepared } from '../prepared';

export type AttendanceRow = {
  id: number;
  clientId: number;
  date: string;
  status: 'present' | 'absent';
  arrivedAt: string | null;
  leftAt: string | null;
  absenceReason: AbsenceReason | null;
  note: string | null;
  meals: MealKind[];
  transportTo: boolean;
  transportFrom: boolean;
  updatedAt: string;
};
export type AttendanceValues = Omit<AttendanceRow, 'id'>;

type RawRow = Omit<AttendanceRow, 'meals' | 'transportTo' | 'transportFrom'> & { meals: string; transportTo: number; transportFrom: number };

const columns = `id, client_id AS clientId, date, status, arrived_at AS arrivedAt, left_at AS leftAt,
  absence_reason AS absenceReason, note, meals, transport_to AS transportTo, transport_from AS transportFrom, updated_at AS updatedAt`;

export function toAttendanceRow(raw: RawRow): AttendanceRow {
  return { ...raw, meals: JSON.parse(raw.meals) as MealKind[], transportTo: raw.transportTo === 1, transportFrom: raw.transportFrom === 1 };
}

export function findAttendance(db: Db, clientId: number, date: string): AttendanceRow | undefined {
  const raw = prepared(db, `SELECT ${columns} FROM attendance WHERE client_id = ? AND date = ?`).get(clientId, date) as RawRow | undefined;
  return raw && toAttendanceRow(raw);
}

/** Insert or replace the one row of a client and day, returning it as stored. */
export function saveAttendance(db: Db, row: AttendanceValues): AttendanceRow {
  const raw = prepared(
    db,
    `INSERT INTO attendance (client_id, date, status, arrived_at, left_at, absence_reason, note, meals, transport_to, transport_from, updated_at)
     VALUES (@clientId, @date, @status, @arrivedAt, @leftAt, @absenceReason, @note, @meals, @transportTo, @transportFrom, @updatedAt)
     ON CONFLICT (client_id, date) DO UPDATE SET status = excluded.status, arrived_at = excluded.arrived_at,
       left_at = excluded.left_at, absence_reason = excluded.absence_reason, note = excluded.note, meals = excluded.meals,
       transport_to = excluded.transport_to, transport_from = excluded.transport_from, updated_at = excluded.updated_at
     RETURNING ${columns}`,
  ).get({ ...row, meals: JSON.stringify(row.meals), transportTo: row.transportTo ? 1 : 0, transportFrom: row.transportFrom ? 1 : 0 }) as RawRow;
  return toAttendanceRow(raw);
}

export function deleteAttendance(db: Db, clientId: number, date: string): void {
  prepared(db, 'DELETE FROM attendance WHERE client_id = ? AND date = ?').run(clientId, date);
}

/** Checked in on `date` and not checked out: the end-of-day "still here" list. */
export function stillHere(db: Db, date: string): AttendanceRow[] {
  const raws = prepared(db, `SELECT ${columns} FROM attendance WHERE date = ? AND status = 'present' AND left_at IS NULL`).all(date) as RawRow[];
  return raws.map(toAttendanceRow);
}

export interface AttendanceClient {
  id: number;
  status: string;
}

export function findAttendanceClient(db: Db, clientId: number): AttendanceClient | undefined {
  return prepared(db, 'SELECT id, status FROM clients WHERE id = ?').get(clientId) as AttendanceClient | undefined;
}

const serviceList = dayCentreServices.map((s) => `'${s}'`).join(', ');
// A voided decision was entered by mistake: it never makes anyone expected.
const validOnDate = `d.service IN (${serviceList}) AND d.voided_at IS NULL AND d.valid_from <= @date AND (d.valid_to IS NULL OR d.valid_to >= @date)`;
// Planned weekdays are a JSON array of the digits 1–7, so a digit found in its text is a planned day;
// instr() avoids a json_each table per decision and row.
const plannedOnWeekday = `instr(d.planned_weekdays, @weekday) > 0`;

/**
 * The day board in one statement: clients planned for the weekday by a day-centre decision valid on the
 * date, plus anybody with a record that day. Driven from the day's rows (date index) and the decisions,
 * never from all clients or all history; the flags are correlated lookups by the decisions' client index.
 * (A CTE joining materialised decisions was slower: SQLite built an automatic index on every call.)
 */
export const daySql = `
WITH wanted AS (
  SELECT client_id AS clientId FROM attendance WHERE date = @date
  UNION
  SELECT d.client_id FROM service_decisions d WHERE ${validOnDate} AND ${plannedOnWeekday}
)
SELECT c.id AS clientId, c.first_name AS firstName, c.last_name AS lastName, c.search_key AS searchKey,
  c.status AS clientStatus, c.sex, c.wandering_risk AS wanderingRisk, c.diet, c.reception_notes AS receptionNotes,
  EXISTS (SELECT 1 FROM service_decisions d WHERE d.client_id = c.id AND ${validOnDate} AND ${plannedOnWeekday}) AS planned,
  EXISTS (SELECT 1 FROM service_decisions d WHERE d.client_id = c.id AND ${validOnDate}) AS hasDecision,
  a.status, a.arrived_at AS arrivedAt, a.left_at AS leftAt, a.absence_reason AS absenceReason, a.note, a.meals,
  a.transport_to AS transportTo, a.transport_from AS transportFrom,
  (SELECT json_group_array(name) FROM (SELECT r.name FROM client_relatives r WHERE r.client_id = c.id AND r.can_collect = 1
     ORDER BY r.priority, r.id)) AS collectors
FROM wanted w
JOIN clients c ON c.id = w.clientId
LEFT JOIN attendance a ON a.client_id = c.id AND a.date = @date
WHERE a.id IS NOT NULL OR c.status = 'active'`;

export interface DayQueryRow {
  clientId: number;
  firstName: string;
  lastName: string;
  searchKey: string;
  clientStatus: string;
  sex: 'male' | 'female' | null;
  wanderingRisk: number;
  diet: string | null;
  receptionNotes: string | null;
  planned: number;
  hasDecision: number;
  status: 'present' | 'absent' | null;
  arrivedAt: string | null;
  leftAt: string | null;
  absenceReason: string | null;
  note: string | null;
  meals: string | null;
  transportTo: number | null;
  transportFrom: number | null;
  /** JSON array of the names of those who may collect the client, in the card's order. */
  collectors: string;
}

export function dayQuery(db: Db, date: string, weekday: number): DayQueryRow[] {
  return prepared(db, daySql).all({ date, weekday: String(weekday) }) as DayQueryRow[];
}
