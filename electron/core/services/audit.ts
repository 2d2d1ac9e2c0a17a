import { auditFilterOptions, listAudit } from '#db/queries/audit';
import { auditNames } from '#db/queries/audit-names';
import { auditPageSize, type AuditEntry } from '#shared/contract/audit';
import { auditedMethods } from '#shared/contract/audited-methods';
import type { Handlers } from '../dispatcher';
import type { ServiceDeps } from './service-deps';

type AuditHandlers = Pick<Handlers, 'audit.list' | 'audit.filters'>;

type Changes = AuditEntry['changes'];

/** The stored `{before, after}` JSON; a row that cannot be read shows no changes rather than failing the page. */
function parseChanges(text: string | null): Changes {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Changes;
    return value && typeof value === 'object' ? { before: value.before ?? null, after: value.after ?? null } : null;
  } catch {
    return null;
  }
}

export function auditHandlers({ db }: ServiceDeps): AuditHandlers {
  return {
    'audit.list': ({ limit, ...filters }, call) => {
      const { rows, nextBefore } = listAudit(db, { ...filters, limit: limit ?? auditPageSize });
      const parsed = rows.map((row) => ({ ...row, changes: parseChanges(row.changes) }));
      const { subjects, names } = auditNames(db, parsed, call.language);
      return { entries: parsed.map((entry, i) => ({ ...entry, subject: subjects[i] ?? null })), nextBefore, names };
    },
    'audit.filters': () => auditFilterOptions(db, auditedMethods),
  };
}
