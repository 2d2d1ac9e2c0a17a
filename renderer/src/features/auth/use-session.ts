import { useQueryClient } from '@tanstack/react-query';
import type { UiLanguage } from '#shared/contract/common';
import { useCall, useCallMutation } from '../../api/use-call';
import { api } from '../../api/client';
import { applyLanguage } from '../../i18n/i18n';

/** The logged-in staff member and centre, or an `unauthenticated` error when nobody is. */
export function useMe() {
  return useCall('auth.me', {}, { retry: false, staleTime: Infinity });
}

export function useLogin() {
  const queryClient = useQueryClient();
  const mutation = useCallMutation('auth.login');
  return {
    ...mutation,
    login: (username: string, password: string) =>
      mutation.mutateAsync({ username, password }).then(async ({ staff }) => {
        applyLanguage(staff.language);
        await queryClient.invalidateQueries({ queryKey: ['auth.me'] });
      }),
  };
}

export function useLogout() {
  const queryClient = useQueryClient();
  return async () => {
    await api.call('auth.logout', {});
    await queryClient.resetQueries();
  };
}

/** Switches the language at once and, when someone is logged in, remembers it for them. */
export function useChangeLanguage(loggedIn: boolean) {
  const queryClient = useQueryClient();
  return async (language: UiLanguage) => {
    applyLanguage(language);
    if (!loggedIn) return;
    const { staff } = await api.call('auth.setLanguage', { language });
    queryClient.setQueryData(['auth.me', {}], (old: { staff: unknown } | undefined) => (old ? { ...old, staff } : old));
  };
}
