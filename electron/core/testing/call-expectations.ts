import { expect } from 'vitest';
import type { Core } from '../core';
import type { CallContext } from '../call-context';
import { databaseSnapshot } from './database-snapshot';

/**
 * `ok` answers a call's data or throws; `refused` expects a translated refusal and the database
 * exactly as before, and answers the error. Both read the core and context at call time, so a test
 * file's `beforeEach` may replace them.
 */
export function callExpectations(current: () => { core: Core; ctx: CallContext }) {
  const ok = async <T = Record<string, unknown>>(method: string, input: unknown): Promise<T> => {
    const { core, ctx } = current();
    const result = await core.dispatch(method, input, ctx);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
    return result.data as T;
  };
  const refused = async (method: string, input: unknown) => {
    const { core, ctx } = current();
    const before = databaseSnapshot(core.db);
    const result = await core.dispatch(method, input, ctx);
    expect(databaseSnapshot(core.db)).toBe(before);
    if (result.ok) throw new Error(`${method} was not refused`);
    expect(result.error.message).not.toBe(result.error.code);
    return result.error;
  };
  return { ok, refused };
}
