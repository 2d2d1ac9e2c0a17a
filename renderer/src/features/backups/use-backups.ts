import { useQueryClient } from '@tanstack/react-query';

/** After a backup or a settings change, the page's list and status and the home page's warning read again. */
export function useRefreshBackups() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['backups.status', 'backups.list', 'backups.settings'].map((method) => queryClient.invalidateQueries({ queryKey: [method] })),
    );
}
