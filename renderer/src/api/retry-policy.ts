import type { WireError } from '#shared/contract/index';
import { wireErrorOf } from './wire-error';

/**
 * Refusals that asking again cannot change: the same call gets the same answer. TanStack Query retries
 * every failed read three times by default (1 s, 2 s, 4 s apart), so a carer opening a manager's sheet
 * watched a spinner for seven seconds and four 403s before the page said anything.
 */
const finalKinds: ReadonlySet<WireError['kind']> = new Set(['forbidden', 'unauthenticated', 'validation', 'not-found']);

export function isFinalError(error: unknown): boolean {
  const kind = wireErrorOf(error)?.kind;
  return kind !== undefined && finalKinds.has(kind);
}

/** The app-wide retry rule: failures (network, internal) up to three times, refusals never. */
export function retryUnlessFinal(failureCount: number, error: unknown): boolean {
  return !isFinalError(error) && failureCount < 3;
}
