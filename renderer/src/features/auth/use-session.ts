import { useQueryClient } from '@tanstack/react-query';
import type { UiLanguage } from '#shared/contract/common';
import type { Staff } from '#shared/contract/auth';
import { useCall, useCallMutation } from '../../api/use-call';
import { api } from '../../api/client';
import { applyLanguage } from '../../i18n/i18n';
import { lockState } from './lock-state';

/** The logged-in staff member and centre, or an `unauthenticated` error when nobody is. */
export function useMe() {
  return useCall('auth.me', {}, { retry: false, staleTime: Infinity });
}

/**
 * What every way of signing in does afterwards. The same user resuming their own locked session keeps
 * everything (the app under the lock screen is still mounted, forms and all). Anyone else starts fresh:
 * `resetQueries` drops every cached answer of the previous user and refetches `auth.me`, which unmounts
 * the app while it loads, so no component state of theirs survives either.
 */
export function useAfterSignIn() {
  const queryClient = useQueryClient();
  return async ({ staff, resumed }: { staff: Staff; resumed: boolean }) => {
    applyLanguage(staff.language);
    if (resumed) {
      lockState.unlock();
      // No live events reached this window while it was locked (the server ends the stream), so every
      // answer on screen may be stale: refetch them all. Component state, and so the form, stays.
      await queryClient.invalidateQueries();
      return;
    }
    window.location.hash = '#/';
    // Reset first (it clears the cache synchronously), then unlock: one render, no flash of the old app.
    const reset = queryClient.resetQueries();
    lockState.unlock();
    await reset;
  };
}

export function useLogin() {
  const mutation = useCallMutation('auth.login');
  const afterSignIn = useAfterSignIn();
  return {
    ...mutation,
    login: (username: string, password: string) => mutation.mutateAsync({ username, password }).then(afterSignIn),
  };
}

export function useLogout() {
  const queryClient = useQueryClient();
  return async () => {
    await api.call('auth.logout', {});
    const reset = queryClient.resetQueries();
    lockState.unlock();
    await reset;
  };
}

/** Locks the screen at once, then the session on the server, so the API is locked along with the UI. */
export async function lockNow(): Promise<void> {
  lockState.lock();
  try {
    await api.call('auth.lock', {});
  } catch {
    // Already locked, expired or unreachable: the screen is locked either way.
  }
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
