import type { ErrorKind } from '#shared/contract/index';

export type ErrorParams = Record<string, string | number>;

/**
 * The one way a service reports an expected failure. `code` is an i18n key in the `errors` namespace;
 * the dispatcher translates it for the caller. Anything else thrown is an `internal` error.
 */
export class AppError extends Error {
  constructor(
    readonly kind: Exclude<ErrorKind, 'validation' | 'internal'>,
    readonly code: string,
    readonly params: ErrorParams = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const conflict = (code: string, params?: ErrorParams) => new AppError('conflict', code, params);
export const notFound = (code: string, params?: ErrorParams) => new AppError('not-found', code, params);
export const forbidden = (code = 'kind.forbidden') => new AppError('forbidden', code);
export const unauthenticated = (code = 'kind.unauthenticated', params?: ErrorParams) => new AppError('unauthenticated', code, params);
