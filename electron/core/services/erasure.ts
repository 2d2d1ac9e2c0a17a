import type { Db } from '#db/client';
import { getCentre } from '#db/queries/centre';
import { findClient } from '#db/queries/clients';
import { lastServiceOf } from '#db/queries/client-export';
import { clientAuditRows } from '#db/queries/client-audit';
import { compactDatabase, recordErasure, redactAuditRows, removeClientRows, statsSource } from '#db/queries/erasure';
import { localIsoDate } from '#shared/domain/dates';
import { ageGroupOn, confirmsName, isPastRetention, yearsBefore } from '#shared/domain/retention';
import { conflict, notFound } from '../app-error';
import type { Handlers } from '../dispatcher';
import { audited } from './audited';
import type { ServiceDeps } from './service-deps';

/** `secure_delete` zeroes what a delete frees, so the bytes are gone even if VACUUM cannot run afterwards. */
function withSecureDelete<T>(db: Db, work: () => T): T {
  const previous = db.$client.pragma('secure_delete', { simple: true }) as number;
  db.$client.pragma('secure_delete = ON');
  try {
    return work();
  } finally {
    db.$client.pragma(`secure_delete = ${Number(previous)}`);
  }
}

/**
 * Erasure after the retention period (GDPR art. 17): one transaction removes the client's rows from
 * every table, keeps the statistics (erased_client_stats), replaces the `changes` of the client's audit
 * rows by the erased marker (their method, record, time and staff stay), and writes its own row with
 * no personal data. VACUUM then rebuilds the file, outside the transaction as SQLite requires.
 */
export function erasureHandlers({ db, now, events, clientIndex }: ServiceDeps): Pick<Handlers, 'clients.erase'> {
  return {
    'clients.erase': ({ clientId, reason, confirmName }, call) => {
      const done = withSecureDelete(db, () =>
        audited(db, now, call)((tx, audit) => {
          const client = findClient(tx, clientId);
          const served = lastServiceOf(db, clientId);
          const centre = getCentre(tx);
          if (!client || !served || !centre) throw notFound('clients.notFound');
          if (!confirmsName(confirmName, client)) throw conflict('erasure.nameMismatch');
          if (client.status !== 'discharged' && client.status !== 'deceased') throw conflict('erasure.stillServed');
          const { retentionYears } = centre;
          const { lastService } = served;
          if (!isPastRetention(lastService, localIsoDate(now()), retentionYears)) {
            // The first day it may be erased: the retention period after the last service.
            throw conflict('erasure.notPastRetention', { date: yearsBefore(lastService, -retentionYears) });
          }
          const erasure = recordErasure(
            db,
            { clientId, erasedAt: now().toISOString(), staffId: call.actor().id, lastService, retentionYears },
            { sex: client.sex, ageGroup: ageGroupOn(client.birthDate, lastService), ...statsSource(db, clientId) },
          );
          const trail = clientAuditRows(db, clientId).map((row) => row.id);
          redactAuditRows(db, trail, erasure.id);
          const rowsRemoved = removeClientRows(db, clientId);
          audit({ entity: 'client_erasure', entityId: erasure.id, after: { clientId, reason, lastService, retentionYears, rowsRemoved, auditRowsRedacted: trail.length } });
          return { erasureId: erasure.id, auditRowsRedacted: trail.length };
        }),
      );
      clientIndex.upsert(clientId, undefined, []);
      events.emit('clients.changed', { clientId });
      return { ...done, compacted: compactDatabase(db) };
    },
  };
}
