import { useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '#shared/contract/index';
import { api, type ApiError } from './client';

/** A read through the contract, cached under [method, input]. */
export function useCall<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: Omit<UseQueryOptions<MethodOutput<M>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<MethodOutput<M>, ApiError>({
    queryKey: [method, input],
    queryFn: () => api.call(method, input),
    ...options,
  });
}

/** A write through the contract. */
export function useCallMutation<M extends MethodName>(method: M) {
  return useMutation<MethodOutput<M>, ApiError, MethodInput<M>>({
    mutationFn: (input) => api.call(method, input),
  });
}

/**
 * A read whose answer depends on the caller's language (the core sorts names with Intl.Collator of
 * it), cached per language so a switch fetches the list again in the new alphabet.
 */
export function useLanguageCall<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  language: string,
  options: Omit<UseQueryOptions<MethodOutput<M>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<MethodOutput<M>, ApiError>({
    queryKey: [method, input, language],
    queryFn: () => api.call(method, input),
    ...options,
  });
}
