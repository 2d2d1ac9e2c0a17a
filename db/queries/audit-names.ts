import type { UiLanguage } from '#shared/contract/common';
import { referenceKindOf, type ReferenceKind } from '#shared/contract/audit-refs';
import { activityNameIn } from '#shared/domain/activity-name';
import type { Db } from '../client';
import { prepared } from '../prepared';

export type Names = Record<ReferenceKind, Record<string, string>>;

/** Records that belong to one client: the row says whose they are while it exists. */
const ownerTables: Record<string, string> = {
  client_relative: 'client_relatives',
  client_consent: 'client_consents',
  client_assessment: 'client_assessments',
  service_decision: 'service_decisions',
  attendance: 'attendance',
  session_participant: 'session_participants',
};

interface Row {
  entity: string;
  entityId: string | null;
  changes: { before: Record<string, unknown> | null; after: Record<string, unknown> | null } | null;
}

const idOf = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : null);

/**
 * The names a page of the audit trail mentions, read now from the current tables: the record each row is
 * about (`subject`) and the clients, activities and staff its changes refer to by id. Nothing is taken
 * from the stored payload but ids, so an erased client (row gone or name replaced) is never named again.
 */
export function auditNames(db: Db, rows: readonly Row[], language: UiLanguage): { subjects: (string | null)[]; names: Names } {
  const names: Names = { client: {}, activity: {}, staff: {} };
  const lookups: Record<ReferenceKind, (id: number) => string | undefined> = {
    client: (id) => {
      const row = prepared(db, 'SELECT first_name AS f, last_name AS l FROM clients WHERE id = ?').get(id) as { f: string; l: string } | undefined;
      return row && `${row.f} ${row.l}`;
    },
    activity: (id) => {
      const row = prepared(db, 'SELECT name_lv AS nameLv, name_lt AS nameLt, name_ru AS nameRu FROM activities WHERE id = ?').get(id) as
        | { nameLv: string; nameLt: string; nameRu: string }
        | undefined;
      return row && activityNameIn(row, language);
    },
    staff: (id) => (prepared(db, 'SELECT full_name FROM staff WHERE id = ?').pluck().get(id) as string | undefined),
  };
  const name = (kind: ReferenceKind, id: number | null): string | null => {
    if (id === null) return null;
    if (!(id in names[kind])) {
      const found = lookups[kind](id);
      if (found === undefined) return null;
      names[kind][id] = found;
    }
    return names[kind][id] ?? null;
  };
  const subjects = rows.map((row) => {
    for (const values of [row.changes?.before, row.changes?.after]) {
      for (const [field, value] of Object.entries(values ?? {})) {
        const kind = referenceKindOf(field);
        if (kind) name(kind, idOf(value));
      }
    }
    const id = row.entityId && /^\d+$/.test(row.entityId) ? Number(row.entityId) : null;
    if (id === null) return null;
    if (row.entity === 'client' || row.entity === 'activity' || row.entity === 'staff') return name(row.entity, id);
    if (row.entity === 'session') {
      return name('activity', idOf(prepared(db, 'SELECT activity_id FROM sessions WHERE id = ?').pluck().get(id)));
    }
    const table = ownerTables[row.entity];
    if (!table) return null;
    // A removed record (a relative deleted) is named by the client its stored row pointed to.
    const owner = idOf(prepared(db, `SELECT client_id FROM ${table} WHERE id = ?`).pluck().get(id)) ?? idOf(row.changes?.before?.clientId ?? row.changes?.after?.clientId);
    return name('client', owner);
  });
  return { subjects, names };
}
