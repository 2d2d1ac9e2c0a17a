import type { Executor } from '#db/client';
import { sql } from 'drizzle-orm';
import { attendance, booking, bookingResource, clients, staff, billingExemptions, decisionBilling, prices, serviceDecisions, absenceBillingRules, activityBillingUnits, sessions, sessionParticipants } from '#db/schema/index';
import { insertActivity } from '#db/queries/activities';
import type { ServiceKind } from '#shared/domain/services';
import type { PayerCategory, VatCategory } from '#shared/domain/service-units';
import type { AbsenceReason } from '#shared/domain/attendance';
import type { BillingEffect } from '#shared/domain/service-units';
import { searchKey } from '#shared/domain/search-key';

/** Prices, decisions with billing terms, exemptions and sessions written straight into the tables for billing tests. */

const stamp = '2026-01-01T00:00:00.000Z';

export interface PriceSpec {
  unit: string;
  cents: number;
  category?: PayerCategory;
  from?: string;
  to?: string | null;
  vatBp?: number;
  vatCategory?: VatCategory;
}

export function addPrice(db: Executor, spec: PriceSpec): number {
  return db
    .insert(prices)
    .values({
      serviceUnit: spec.unit,
      payerCategory: spec.category ?? 'own-municipality',
      validFrom: spec.from ?? '2025-01-01',
      validTo: spec.to ?? null,
      priceCents: spec.cents,
      vatRateBp: spec.vatBp ?? 0,
      vatCategory: spec.vatCategory ?? (spec.vatBp ? 'S' : 'E'),
      createdAt: stamp,
      updatedAt: stamp,
    })
    .returning({ id: prices.id })
    .get().id;
}

export interface DecisionSpec {
  service?: ServiceKind;
  from: string;
  to?: string | null;
  payer?: string;
  number?: string;
  copayPercent?: number | null;
  copayAmountCents?: number | null;
  exemption?: 'none' | 'needy' | 'low-income';
  exemptionUntil?: string | null;
  privatePayer?: boolean;
  clientReference?: string | null;
  unitsPerMonth?: number | null;
  weekdays?: number[];
}

export function addDecision(db: Executor, clientId: number, spec: DecisionSpec): number {
  const id = db
    .insert(serviceDecisions)
    .values({
      clientId,
      service: spec.service ?? 'day-care',
      payingMunicipality: spec.payer ?? 'LV-aizkraukle',
      decisionNumber: spec.number ?? `SD-${clientId}-${spec.from}`,
      decisionDate: spec.from,
      validFrom: spec.from,
      validTo: spec.to ?? null,
      plannedWeekdays: spec.weekdays ?? [1, 2, 3, 4, 5],
      unitsPerMonth: spec.unitsPerMonth ?? null,
      copayPercent: spec.copayPercent ?? null,
      copayAmountCents: spec.copayAmountCents ?? null,
      exemption: spec.exemption ?? 'none',
      exemptionUntil: spec.exemptionUntil ?? null,
      createdAt: stamp,
    })
    .returning({ id: serviceDecisions.id })
    .get().id;
  if (spec.privatePayer || spec.clientReference) {
    db.insert(decisionBilling)
      .values({ decisionId: id, privatePayer: spec.privatePayer ?? false, clientReference: spec.clientReference ?? null, updatedAt: stamp })
      .run();
  }
  return id;
}

export function addExemption(db: Executor, clientId: number, from: string, to: string, kind: 'needy' | 'low-income' = 'needy'): number {
  return db.insert(billingExemptions).values({ clientId, kind, validFrom: from, validTo: to, createdAt: stamp }).returning({ id: billingExemptions.id }).get().id;
}

export function overrideAbsence(db: Executor, reason: AbsenceReason, category: PayerCategory, effect: BillingEffect): void {
  db.insert(absenceBillingRules).values({ absenceReason: reason, payerCategory: category, effect, updatedAt: stamp }).run();
}

/** An activity billed as `unit`, and one session of it on `date` with the given participants. */
export function addBilledSession(db: Executor, unit: string, date: string, participants: { clientId: number; status: 'present' | 'absent' | 'planned' }[]): void {
  const activity = insertActivity(db, { nameLv: unit, nameLt: unit, nameRu: unit, createdAt: stamp, updatedAt: stamp });
  db.insert(activityBillingUnits).values({ activityId: activity.id, serviceUnit: unit, updatedAt: stamp }).onConflictDoNothing().run();
  const session = db
    .insert(sessions)
    .values({ activityId: activity.id, date, startTime: '10:00', endTime: '10:30', createdAt: stamp, updatedAt: stamp })
    .returning({ id: sessions.id })
    .get();
  for (const p of participants) db.insert(sessionParticipants).values({ sessionId: session.id, clientId: p.clientId, status: p.status, updatedAt: stamp }).run();
}

/** A client written straight into the table (no core needed). */
export function addClient(db: Executor, firstName: string, lastName: string, personalCode: string | null = null): number {
  return db
    .insert(clients)
    .values({ firstName, lastName, searchKey: searchKey(firstName, lastName), personalCode, codeCountry: personalCode ? 'LV' : null, language: 'lv', createdAt: stamp, updatedAt: stamp })
    .returning({ id: clients.id })
    .get().id;
}

export interface DaySpec {
  status: 'present' | 'absent';
  reason?: AbsenceReason;
  meals?: string[];
  arrivedAt?: string | null;
  leftAt?: string | null;
}

export function addDay(db: Executor, clientId: number, date: string, spec: DaySpec): void {
  const isPresent = spec.status === 'present';
  db.insert(attendance)
    .values({
      clientId,
      date,
      status: spec.status,
      arrivedAt: isPresent ? (spec.arrivedAt ?? '08:30') : null,
      leftAt: isPresent ? (spec.leftAt ?? '15:30') : null,
      absenceReason: isPresent ? null : (spec.reason ?? 'sick'),
      meals: spec.meals ?? [],
      updatedAt: stamp,
    })
    .run();
}

/** A bookable resource billed as `unit` and bookings on it (status as given). */
export function addBookings(db: Executor, unit: string, bookings: { clientId: number; date: string; status: 'booked' | 'done' | 'cancelled' | 'no-show' }[]): void {
  const staffId =
    db.all<{ id: number }>(sql`SELECT id FROM staff ORDER BY id LIMIT 1`)[0]?.id ??
    db.insert(staff).values({ username: 'billing.test', fullName: 'Billing Test', role: 'manager', language: 'lv', passwordHash: 'x', createdAt: stamp }).returning({ id: staff.id }).get().id;
  const resource = db
    .insert(bookingResource)
    .values({ name: unit, room: 'A', serviceUnit: unit, weekdays: [1, 2, 3, 4, 5], createdAt: stamp, updatedAt: stamp })
    .returning({ id: bookingResource.id })
    .get();
  bookings.forEach((b, i) => {
    const start = `${String(8 + i).padStart(2, '0')}:00`;
    const end = `${String(8 + i).padStart(2, '0')}:30`;
    db.insert(booking).values({ resourceId: resource.id, clientId: b.clientId, date: b.date, startTime: start, endTime: end, status: b.status, createdBy: staffId, createdAt: stamp, updatedAt: stamp }).run();
  });
}
