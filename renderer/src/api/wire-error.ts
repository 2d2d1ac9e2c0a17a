import type { WireError } from '#shared/contract/index';

/**
 * The wire error an ApiError carries, checked by shape rather than `instanceof`: modules that only
 * classify errors must load without client.ts, which picks a transport from `window` as it loads.
 */
export function wireErrorOf(error: unknown): WireError | null {
  if (typeof error !== 'object' || error === null || !('error' in error)) return null;
  const wire = error.error;
  return typeof wire === 'object' && wire !== null && 'kind' in wire ? (wire as WireError) : null;
}

/** Whether a call was refused for the user's role. */
export const isForbidden = (error: unknown): boolean => wireErrorOf(error)?.kind === 'forbidden';
