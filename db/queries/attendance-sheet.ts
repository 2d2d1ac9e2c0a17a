import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { attendance } from '../schema/attendance';
import { clients } from '../schema/clients';
import { serviceDecisions } from '../schema/service-decisions';
import { staff } from '../schema/staff';
import type { Executor } from '../client';

type Service = (typeof serviceDecisions.$inferSelect)['service'];

const clientColumns = {
  id: clients.id,
  firstName: clients.firstName,
  lastName: clients.lastName,
  personalCode: clients.personalCode,
  codeCountry: clients.codeCountry,
};
export type SheetClientRow = { id: number; firstName: string; lastName: string; personalCode: string | null; codeCountry: 'LV' | 'LT' | null };

/**
 * The clients of a service's sheet for a month: those with a decision for the service overlapping the
 * month, and those with attendance in the month who hold a decision for the service at any time
 * (attendance rows carry no service, so a decision outside the month still ties them to this sheet).
 * Voided decisions tie nobody to a sheet.
 */
export function sheetClients(db: Executor, service: Service, first: string, last: string): SheetClientRow[] {
  const withDecision = db
    .selectDistinct(clientColumns)
    .from(serviceDecisions)
    .innerJoin(clients, eq(clients.id, serviceDecisions.clientId))
    .where(
      and(
        eq(serviceDecisions.service, service),
        isNull(serviceDecisions.voidedAt),
        lte(serviceDecisions.validFrom, last),
        or(isNull(serviceDecisions.validTo), gte(serviceDecisions.validTo, first)),
      ),
    )
    .all();
  const withAttendance = db
    .selectDistinct(clientColumns)
    .from(attendance)
    .innerJoin(clients, eq(clients.id, attendance.clientId))
    .innerJoin(serviceDecisions, and(eq(serviceDecisions.clientId, clients.id), eq(serviceDecisions.service, service), isNull(serviceDecisions.voidedAt)))
    .where(and(gte(attendance.date, first), lte(attendance.date, last)))
    .all();
  const byId = new Map<number, SheetClientRow>();
  for (const row of [...withDecision, ...withAttendance]) byId.set(row.id, row);
  return [...byId.values()];
}

export function attendanceBetween(db: Executor, clientIds: readonly number[], first: string, last: string) {
  if (clientIds.length === 0) return [];
  return db
    .select({
      clientId: attendance.clientId,
      date: attendance.date,
      status: attendance.status,
      absenceReason: attendance.absenceReason,
      meals: attendance.meals,
    })
    .from(attendance)
    .where(and(inArray(attendance.clientId, [...clientIds]), gte(attendance.date, first), lte(attendance.date, last)))
    .all();
}

/** Everyone marked present on a day, with times and meals. */
export function presentOn(db: Executor, date: string) {
  return db
    .select({
      clientId: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      arrivedAt: attendance.arrivedAt,
      leftAt: attendance.leftAt,
      meals: attendance.meals,
    })
    .from(attendance)
    .innerJoin(clients, eq(clients.id, attendance.clientId))
    .where(and(eq(attendance.date, date), eq(attendance.status, 'present')))
    .all();
}

/** Services a client holds a decision for during a period: whose closed months lock their attendance. */
/** The centre's manager who signs sheets off: the first active one. */
export function firstActiveManager(db: Executor): string | null {
  return (
    db
      .select({ fullName: staff.fullName })
      .from(staff)
      .where(and(eq(staff.role, 'manager'), eq(staff.active, true)))
      .orderBy(asc(staff.id))
      .get()?.fullName ?? null
  );
}
