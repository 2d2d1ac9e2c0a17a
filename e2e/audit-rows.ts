import path from 'node:path';
import Database from 'better-sqlite3';

export interface AuditRow {
  method: string;
  entity_id: string;
  changes: string;
  staff_id: number;
}

/** Audit-trail rows of a test's database, read straight from the file (read-only) while the app runs. */
export function auditRows(dataDir: string, where: string): AuditRow[] {
  const db = new Database(path.join(dataDir, 'caredesk.sqlite'), { readonly: true });
  try {
    return db.prepare(`SELECT method, entity_id, changes, staff_id FROM audit_log WHERE ${where} ORDER BY id`).all() as AuditRow[];
  } finally {
    db.close();
  }
}
