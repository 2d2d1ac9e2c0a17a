import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RecoveryOutput, RecoveryStatus } from '#shared/contract/recovery';
import { api, ApiError } from '../../api/client';

const statusKey = ['recovery.status'];

/** Every call of a host that could not open its database is answered with this code (besides `recovery.*`). */
export function isRecoveryActive(error: unknown): boolean {
  return error instanceof ApiError && error.error.code === 'recovery.active';
}

export function useRecoveryStatus() {
  return useQuery<RecoveryStatus, ApiError>({ queryKey: statusKey, queryFn: () => api.recover('recovery.status', {}), retry: false });
}

export type RecoveryAction = { action: 'retry' } | { action: 'restore'; file: string };

/**
 * Try again, or restore a backup. Once the database opens, every cached answer is dropped: the app asks
 * `setup.status` again, now answered by the normal core, and the user lands on the login page.
 */
export function useRecoveryAction() {
  const queryClient = useQueryClient();
  return useMutation<RecoveryOutput<'recovery.retry'>, ApiError, RecoveryAction>({
    mutationFn: (request) =>
      request.action === 'retry'
        ? api.recover('recovery.retry', {})
        : api.recover('recovery.restore', { file: request.file, confirm: true }),
    onSuccess: async (outcome) => {
      if (outcome.opened) await queryClient.resetQueries();
      else queryClient.setQueryData(statusKey, outcome.status);
    },
  });
}
