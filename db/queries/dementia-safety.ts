import { and, asc, eq } from 'drizzle-orm';
import type { Db, Executor } from '../client';
import { prepared } from '../prepared';
import { clientRelatives } from '../schema/client-records';
import { handOvers } from '../schema/incidents';

export type HandOverRow = typeof handOvers.$inferSelect;

/** A client with a dementia-day-centre decision in force on `date` (not voided) is a dementia-group client. */
export function isDementiaClientOn(db: Db, clientId: number, date: string): boolean {
  return !!prepared(
    db,
    `SELECT 1 FROM service_decisions WHERE client_id = ? AND service = 'dementia-day-centre' AND voided_at IS NULL
       AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) LIMIT 1`,
  ).get(clientId, date, date);
}

/** The relatives authorised on the card to collect the client, first-called first. */
export function collectorsOf(db: Executor, clientId: number) {
  return db
    .select({
      relativeId: clientRelatives.id,
      name: clientRelatives.name,
      relation: clientRelatives.relation,
      phone: clientRelatives.phone,
      phoneAlt: clientRelatives.phoneAlt,
      idHint: clientRelatives.idHint,
    })
    .from(clientRelatives)
    .where(and(eq(clientRelatives.clientId, clientId), eq(clientRelatives.canCollect, true)))
    .orderBy(asc(clientRelatives.priority), asc(clientRelatives.id))
    .all();
}

export function insertHandOver(db: Executor, row: typeof handOvers.$inferInsert): HandOverRow {
  return db.insert(handOvers).values(row).returning().get();
}

export interface HandOverListRow extends HandOverRow {
  staffName: string;
  approvedByName: string | null;
}

export function handOversOn(db: Db, date: string): HandOverListRow[] {
  return prepared(
    db,
    `SELECT h.id, h.client_id AS clientId, h.date, h.time, h.relative_id AS relativeId, h.collector_name AS collectorName,
       h.staff_id AS staffId, h.override_reason AS overrideReason, h.approved_by AS approvedBy, h.created_at AS createdAt,
       s.full_name AS staffName, a.full_name AS approvedByName
     FROM hand_overs h JOIN staff s ON s.id = h.staff_id LEFT JOIN staff a ON a.id = h.approved_by
     WHERE h.date = ? ORDER BY h.time, h.id`,
  ).all(date) as HandOverListRow[];
}

export function handOverById(db: Db, id: number): HandOverListRow {
  return prepared(
    db,
    `SELECT h.id, h.client_id AS clientId, h.date, h.time, h.relative_id AS relativeId, h.collector_name AS collectorName,
       h.staff_id AS staffId, h.override_reason AS overrideReason, h.approved_by AS approvedBy, h.created_at AS createdAt,
       s.full_name AS staffName, a.full_name AS approvedByName
     FROM hand_overs h JOIN staff s ON s.id = h.staff_id LEFT JOIN staff a ON a.id = h.approved_by WHERE h.id = ?`,
  ).get(id) as HandOverListRow;
}

/** Dementia-group clients checked in on `date` and not yet checked out, with their names. */
export function dementiaClientsStillHere(db: Db, date: string) {
  return prepared(
    db,
    `SELECT a.client_id AS clientId, c.first_name AS firstName, c.last_name AS lastName, a.arrived_at AS arrivedAt
     FROM attendance a JOIN clients c ON c.id = a.client_id
     WHERE a.date = @date AND a.status = 'present' AND a.left_at IS NULL AND EXISTS (
       SELECT 1 FROM service_decisions d WHERE d.client_id = a.client_id AND d.service = 'dementia-day-centre'
         AND d.voided_at IS NULL AND d.valid_from <= @date AND (d.valid_to IS NULL OR d.valid_to >= @date))
     ORDER BY c.last_name, c.first_name`,
  ).all({ date }) as { clientId: number; firstName: string; lastName: string; arrivedAt: string | null }[];
}

export interface RespiteDayRow {
  carerId: number;
  carerName: string;
  carerLanguage: 'lv' | 'lt' | 'ru' | null;
  clientId: number;
  clientName: string;
  clientLanguage: 'lv' | 'lt' | 'ru';
  date: string | null;
  arrivedAt: string | null;
  leftAt: string | null;
}

/**
 * Every main carer with each day their client spent at the centre in the month (arrived and left);
 * a carer whose client did not come still appears once, with no day.
 */
export function respiteDays(db: Db, first: string, last: string, carerId: number | null): RespiteDayRow[] {
  return prepared(
    db,
    `SELECT r.id AS carerId, r.name AS carerName, r.language AS carerLanguage, c.id AS clientId,
       c.first_name || ' ' || c.last_name AS clientName, c.language AS clientLanguage,
       a.date AS date, a.arrived_at AS arrivedAt, a.left_at AS leftAt
     FROM client_relatives r JOIN clients c ON c.id = r.client_id
     LEFT JOIN attendance a ON a.client_id = c.id AND a.status = 'present' AND a.arrived_at IS NOT NULL
       AND a.left_at IS NOT NULL AND a.date BETWEEN @first AND @last
     WHERE r.main_carer = 1 AND (@carerId IS NULL OR r.id = @carerId)
     ORDER BY r.name, r.id, a.date`,
  ).all({ first, last, carerId }) as RespiteDayRow[];
}
