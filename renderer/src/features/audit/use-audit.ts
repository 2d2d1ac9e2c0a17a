import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditFilter } from '#shared/contract/audit';
import type { UiLanguage } from '#shared/contract/common';
import type { MethodOutput } from '#shared/contract/index';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';

/** The form's filter values: local days as `YYYY-MM-DD`, empty strings for "any". */
export interface AuditFilterValues {
  staffId: string;
  method: string;
  entity: string;
  entityId: string;
  from: string;
  to: string;
}

export const noFilters: AuditFilterValues = { staffId: '', method: '', entity: '', entityId: '', from: '', to: '' };

/** Local midnight of a `YYYY-MM-DD` day as an instant; the browser knows the user's time zone, the server does not. */
function startOfLocalDay(day: string, addDays = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays).toISOString();
}

export function toAuditFilter(values: AuditFilterValues): AuditFilter {
  return {
    ...(values.staffId ? { staffId: Number(values.staffId) } : {}),
    ...(values.method ? { method: values.method } : {}),
    ...(values.entity ? { entity: values.entity } : {}),
    ...(values.entityId.trim() ? { entityId: values.entityId.trim() } : {}),
    ...(values.from ? { from: startOfLocalDay(values.from) } : {}),
    // "To" is inclusive for people: up to the start of the next day.
    ...(values.to ? { to: startOfLocalDay(values.to, 1) } : {}),
  };
}

/** Pages of the trail, newest first, one "load more" at a time (keyset on the entry id). */
export function useAuditEntries(filter: AuditFilter, language: UiLanguage) {
  return useInfiniteQuery({
    // The core names activities in the caller's language, so each language has its own pages.
    queryKey: ['audit.list', filter, language],
    queryFn: ({ pageParam }) => api.call('audit.list', pageParam ? { ...filter, before: pageParam } : filter),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextBefore,
  });
}

export function useAuditFilterOptions() {
  return useCall('audit.filters', {}, { staleTime: 0 });
}

export type AuditNames = MethodOutput<'audit.list'>['names'];

export function mergeNames(pages: readonly AuditNames[]): AuditNames {
  return {
    client: Object.assign({}, ...pages.map((p) => p.client)) as Record<string, string>,
    activity: Object.assign({}, ...pages.map((p) => p.activity)) as Record<string, string>,
    staff: Object.assign({}, ...pages.map((p) => p.staff)) as Record<string, string>,
  };
}
