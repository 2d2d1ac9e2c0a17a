import type { Db } from '../client';
import { prepared } from '../prepared';
import type { AuditRow } from './audit';

/**
 * The audit rows about one client: the card itself (`client`, its id), its print-outs, and every record
 * that is the client's (relatives, consents, decisions, assessments, attendance, session places).
 *
 * A record's rows are found by its id, because an update's `changes` holds only the changed fields
 * (db/write.ts), so most rows do not name the client. The ids come from the client's rows now and, for
 * records removed since, from the trail: a record's first row (its creation) and its removal row carry
 * the whole record, `clientId` included. `json_valid` guards the scan: a row that is not JSON is skipped
 * rather than failing the whole export.
 */
const ownedSql = `
WITH owned(entity, entity_id) AS (
  SELECT 'client', :clientKey
  UNION SELECT 'print', 'access-export:' || :clientKey
  UNION SELECT 'client_relative', CAST(id AS TEXT) FROM client_relatives WHERE client_id = :clientId
  UNION SELECT 'client_consent', CAST(id AS TEXT) FROM client_consents WHERE client_id = :clientId
  UNION SELECT 'service_decision', CAST(id AS TEXT) FROM service_decisions WHERE client_id = :clientId
  UNION SELECT 'client_assessment', CAST(id AS TEXT) FROM client_assessments WHERE client_id = :clientId
  UNION SELECT 'attendance', CAST(id AS TEXT) FROM attendance WHERE client_id = :clientId
  UNION SELECT 'session_participant', CAST(id AS TEXT) FROM session_participants WHERE client_id = :clientId
  UNION SELECT entity, entity_id FROM audit_log
    WHERE entity_id IS NOT NULL AND changes LIKE '%"clientId":%'
      AND CASE WHEN json_valid(changes)
        THEN :clientId IN (json_extract(changes, '$.after.clientId'), json_extract(changes, '$.before.clientId'))
        ELSE 0 END
)
SELECT a.id, a.at, a.staff_id AS staffId, s.full_name AS staffName, a.method, a.entity, a.entity_id AS entityId, a.changes
FROM owned o
JOIN audit_log a ON a.entity = o.entity AND a.entity_id = o.entity_id
LEFT JOIN staff s ON s.id = a.staff_id
ORDER BY a.id`;

/** Oldest first. */
export function clientAuditRows(db: Db, clientId: number): AuditRow[] {
  // The key as text: a bound JS number is a REAL to SQLite, and CAST(1.0 AS TEXT) is '1.0'.
  return prepared(db, ownedSql).all({ clientId, clientKey: String(clientId) }) as AuditRow[];
}
