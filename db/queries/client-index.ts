import type { Executor } from '../client';
import { clients } from '../schema/clients';
import { clientCodes } from '../schema/client-records';
import { serviceDecisions } from '../schema/service-decisions';
import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';

export interface IndexSourceRow {
  id: number;
  firstName: string;
  lastName: string;
  searchKey: string;
  personalCode: string | null;
  codeCountry: 'LV' | 'LT' | null;
  birthDate: string | null;
  phone: string | null;
  status: 'active' | 'paused' | 'discharged' | 'deceased';
}

const columns = {
  id: clients.id,
  firstName: clients.firstName,
  lastName: clients.lastName,
  searchKey: clients.searchKey,
  personalCode: clients.personalCode,
  codeCountry: clients.codeCountry,
  birthDate: clients.birthDate,
  phone: clients.phone,
  status: clients.status,
};

/** Everything the in-memory search index holds, read once when it is first needed. */
export function loadIndexSource(db: Executor): { rows: IndexSourceRow[]; codes: { clientId: number; code: string }[] } {
  const rows = db.select(columns).from(clients).all();
  const codes = db.select({ clientId: clientCodes.clientId, code: clientCodes.code }).from(clientCodes).all();
  return { rows, codes };
}

export function loadIndexRow(db: Executor, id: number): { row: IndexSourceRow | undefined; codes: string[] } {
  const row = db.select(columns).from(clients).where(eq(clients.id, id)).get();
  const codes = db.select({ code: clientCodes.code }).from(clientCodes).where(eq(clientCodes.clientId, id)).all();
  return { row, codes: codes.map((c) => c.code) };
}

/** Clients with a (not voided) decision in force on `day`, optionally for one service and/or paying municipality. */
export function clientIdsWithDecision(db: Executor, day: string, service?: string, payer?: string): Set<number> {
  const rows = db
    .selectDistinct({ clientId: serviceDecisions.clientId })
    .from(serviceDecisions)
    .where(
      and(
        isNull(serviceDecisions.voidedAt),
        lte(serviceDecisions.validFrom, day),
        or(isNull(serviceDecisions.validTo), gte(serviceDecisions.validTo, day)),
        service ? eq(serviceDecisions.service, service as 'day-care') : undefined,
        payer ? eq(serviceDecisions.payingMunicipality, payer) : undefined,
      ),
    )
    .all();
  return new Set(rows.map((r) => r.clientId));
}
