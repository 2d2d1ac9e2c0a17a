import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import { attendance } from '../schema/attendance';
import { clients } from '../schema/clients';
import { serviceDecisions } from '../schema/service-decisions';
import type { Executor } from '../client';

/**
 * The rows behind a year's statistics. Decisions: every valid (not voided) one that started by the
 * counted day, older ones too, so a renewal on 1 January is not counted as an admission.
 */
export function statisticsDecisions(db: Executor, until: string) {
  return db
    .select({ clientId: serviceDecisions.clientId, service: serviceDecisions.service, validFrom: serviceDecisions.validFrom, validTo: serviceDecisions.validTo })
    .from(serviceDecisions)
    .where(and(isNull(serviceDecisions.voidedAt), lte(serviceDecisions.validFrom, until)))
    .all();
}

/** Present days in the counted part of the year. */
export function statisticsPresentDays(db: Executor, from: string, until: string) {
  return db
    .select({ clientId: attendance.clientId, date: attendance.date })
    .from(attendance)
    .where(and(eq(attendance.status, 'present'), gte(attendance.date, from), lte(attendance.date, until)))
    .all();
}

export function statisticsClients(db: Executor) {
  return db.select({ id: clients.id, firstName: clients.firstName, lastName: clients.lastName, birthDate: clients.birthDate, sex: clients.sex }).from(clients).all();
}
