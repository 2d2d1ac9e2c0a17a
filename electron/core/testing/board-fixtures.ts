import type { Db } from '#db/client';
import { clients } from '#db/schema/clients';
import { serviceDecisions } from '#db/schema/service-decisions';
import { insertStaff } from '#db/queries/staff';
import { searchKey } from '#shared/domain/search-key';
import type { Role } from '#shared/contract/define';
import type { ServiceKind } from '#shared/domain/services';

/**
 * Clients and decisions written straight into the tables. The clients.* methods live on another branch;
 * until they land, tests, the bench and the demo of the day board create their people this way.
 */
export interface ClientFixture {
  firstName: string;
  lastName: string;
  status?: 'active' | 'paused' | 'discharged' | 'deceased';
  wanderingRisk?: boolean;
  diet?: string | null;
  receptionNotes?: string | null;
  language?: 'lv' | 'lt' | 'ru';
}

export function insertClient(db: Db, client: ClientFixture): number {
  const at = '2026-01-01T08:00:00.000Z';
  return db
    .insert(clients)
    .values({
      firstName: client.firstName,
      lastName: client.lastName,
      searchKey: searchKey(client.firstName, client.lastName),
      language: client.language ?? 'lv',
      status: client.status ?? 'active',
      wanderingRisk: client.wanderingRisk ?? false,
      diet: client.diet ?? null,
      receptionNotes: client.receptionNotes ?? null,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: clients.id })
    .get().id;
}

export interface DecisionFixture {
  clientId: number;
  service?: ServiceKind;
  validFrom: string;
  validTo?: string | null;
  plannedWeekdays: number[];
}

export function insertDecision(db: Db, decision: DecisionFixture): number {
  return db
    .insert(serviceDecisions)
    .values({
      clientId: decision.clientId,
      service: decision.service ?? 'day-care',
      payingMunicipality: 'LV-aizkraukle',
      decisionNumber: `SD-${decision.clientId}-${decision.validFrom}`,
      decisionDate: decision.validFrom,
      validFrom: decision.validFrom,
      validTo: decision.validTo ?? null,
      plannedWeekdays: decision.plannedWeekdays,
      createdAt: '2026-01-01T08:00:00.000Z',
    })
    .returning({ id: serviceDecisions.id })
    .get().id;
}

/** A client with an open-ended day-care decision on the given weekdays. */
export function insertDayClient(db: Db, client: ClientFixture, plannedWeekdays: number[], validFrom = '2025-01-01'): number {
  const id = insertClient(db, client);
  insertDecision(db, { clientId: id, validFrom, plannedWeekdays });
  return id;
}

/** A staff member of a role, for access tests; the password is never used. */
export function insertStaffOfRole(db: Db, role: Role, username = role): number {
  return insertStaff(db, { username, fullName: `Test ${role}`, role, language: 'en', passwordHash: 'scrypt$unused', createdAt: '2026-01-01T08:00:00.000Z' }).id;
}
