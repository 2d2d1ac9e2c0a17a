import { and, asc, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { auditLog } from '../schema/audit';
import { staff } from '../schema/staff';
import type { Db, Executor } from '../client';
import { prepared } from '../prepared';

export interface AuditQuery {
  staffId?: number;
  entity?: string;
  entityId?: string;
  method?: string;
  from?: string;
  to?: string;
  before?: number;
  limit: number;
}

export interface AuditRow {
  id: number;
  at: string;
  staffId: number | null;
  staffName: string | null;
  method: string;
  entity: string;
  entityId: string | null;
  changes: string | null;
}

/**
 * Newest first, keyset-paged on the id (ids grow with time, and unlike an offset a keyset page does not
 * shift while new writes arrive). Asks for one row more than the page to know whether another follows.
 */
export function listAudit(db: Executor, query: AuditQuery): { rows: AuditRow[]; nextBefore: number | null } {
  const where: SQL[] = [];
  if (query.staffId !== undefined) where.push(eq(auditLog.staffId, query.staffId));
  if (query.entity) where.push(eq(auditLog.entity, query.entity));
  if (query.entityId) where.push(eq(auditLog.entityId, query.entityId));
  if (query.method) where.push(eq(auditLog.method, query.method));
  if (query.from) where.push(gte(auditLog.at, query.from));
  if (query.to) where.push(lt(auditLog.at, query.to));
  if (query.before !== undefined) where.push(lt(auditLog.id, query.before));
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      staffId: auditLog.staffId,
      staffName: staff.fullName,
      method: auditLog.method,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      changes: auditLog.changes,
    })
    .from(auditLog)
    .leftJoin(staff, eq(staff.id, auditLog.staffId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1)
    .all();
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  return { rows: page, nextBefore: more ? (page.at(-1)?.id ?? null) : null };
}

/**
 * The entities the log holds, one index seek each (a loose scan of audit_log_entity_idx): a DISTINCT over
 * the whole log would read every row, and a centre writes hundreds a day.
 */
const entitiesSql = `
WITH RECURSIVE found(entity) AS (
  SELECT min(entity) FROM audit_log
  UNION ALL
  SELECT (SELECT min(entity) FROM audit_log WHERE entity > found.entity) FROM found WHERE found.entity IS NOT NULL
)
SELECT entity FROM found WHERE entity IS NOT NULL`;

/** The values the audit page's filters can offer; `methods` are those that can write a row (the contract knows them). */
export function auditFilterOptions(db: Db, methods: readonly string[]) {
  // Every account, deactivated ones too: their past writes stay in the trail.
  const staffRows = db.select({ id: staff.id, fullName: staff.fullName }).from(staff).orderBy(asc(staff.id)).all();
  const entities = prepared(db, entitiesSql).pluck().all() as string[];
  return { staff: staffRows, methods: [...methods], entities };
}
