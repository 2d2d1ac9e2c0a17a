import { useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName } from '#shared/contract/index';
import { useCall, useCallMutation } from '../../api/use-call';

export function useStaffList() {
  return useCall('staff.list', {});
}

/** A write to an account that refreshes the list (and the tiles of the switch screen) when it lands. */
export function useStaffWrite<M extends Extract<MethodName, `staff.${string}`>>(method: M) {
  const queryClient = useQueryClient();
  const mutation = useCallMutation(method);
  return {
    ...mutation,
    send: async (input: MethodInput<M>) => {
      const result = await mutation.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: ['staff.list'] });
      await queryClient.invalidateQueries({ queryKey: ['auth.tiles'] });
      return result;
    },
  };
}
