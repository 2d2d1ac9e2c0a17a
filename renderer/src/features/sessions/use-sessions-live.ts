import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { sessionWriteRoles } from '#shared/contract/activities';
import { api } from '../../api/client';
import { useMe } from '../auth/use-session';

/** Session lists and details refetch when any window changes a session or the catalogue. */
export function useSessionsLive(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('sessions.') || q.queryKey[0] === 'activities.list' });
    const offSessions = api.on('sessions.changed', refresh);
    const offActivities = api.on('activities.changed', refresh);
    return () => {
      offSessions();
      offActivities();
    };
  }, [queryClient]);
}

/** Carers, managers and administrators run sessions; reception only looks. */
export function useCanRunSessions(): boolean {
  const role = useMe().data?.staff.role;
  return role !== undefined && sessionWriteRoles.includes(role);
}
