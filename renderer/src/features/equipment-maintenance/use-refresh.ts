import { useQueryClient } from '@tanstack/react-query';

/** After a write: every equipment read (due list, schedules, history, uses, warnings) asks again. */
export function useRefreshEquipment(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith('equipment.') });
}
