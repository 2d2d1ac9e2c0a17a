import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames } from '#shared/contract/index';
import { roles, type Role } from '#shared/contract/define';
import type { Core } from './core';
import { callContext, loggedInCore } from './testing/test-core';
import { createStaff, loggedInAs } from './testing/staff-fixtures';
import { databaseSnapshot } from './testing/database-snapshot';

/**
 * Walks the whole contract, whatever domains it holds by the time this runs: every method refuses each
 * role its access list leaves out (`forbidden`) and, unless public, a caller nobody is logged in as
 * (`unauthenticated`), before looking at the input and without touching the database. Methods other
 * branches add are covered the moment they join `contract`.
 */

const protectedMethods = methodNames.filter((m) => contract[m].access !== 'public');
const refusals = methodNames.flatMap((method) => {
  const access = contract[method].access;
  return access === 'public' ? [] : roles.filter((role) => !access.includes(role)).map((role) => [method, role] as const);
});

let core: Core;
const contexts = new Map<Role, ReturnType<typeof callContext>>();

beforeAll(async () => {
  const logged = await loggedInCore({ loginThrottle: { baseMs: 0 } });
  core = logged.core;
  contexts.set('administrator', logged.ctx);
  for (const role of roles.filter((r) => r !== 'administrator')) {
    await createStaff(core, logged.ctx, { username: `walk.${role}`, role });
    contexts.set(role, await loggedInAs(core, `walk.${role}`));
  }
});
afterAll(() => core.close());

describe('the permission walk over the whole contract', () => {
  it('gives the administrator every method, as the role policy says (shared/contract/define.ts)', () => {
    expect(protectedMethods.filter((m) => !(contract[m].access as readonly Role[]).includes('administrator'))).toEqual([]);
  });

  it.each(protectedMethods)('%s refuses an anonymous caller', async (method) => {
    const before = databaseSnapshot(core.db);
    for (const input of [{}, { id: 1 }, null]) {
      const result = await core.dispatch(method, input, callContext(core));
      expect(result).toMatchObject({ ok: false, error: { kind: 'unauthenticated' } });
    }
    expect(databaseSnapshot(core.db)).toBe(before);
  });

  it.each(refusals)('%s refuses the role %s', async (method, role) => {
    const ctx = contexts.get(role)!;
    const before = databaseSnapshot(core.db);
    for (const input of [{}, { id: 1 }, null]) {
      const result = await core.dispatch(method, input, ctx);
      expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden', code: 'kind.forbidden' } });
    }
    expect(databaseSnapshot(core.db)).toBe(before);
  });

  it('refuses a locked session everything that is not public, with its own message', async () => {
    const ctx = await loggedInAs(core, 'walk.manager');
    expect(await core.dispatch('auth.lock', {}, ctx)).toEqual({ ok: true, data: {} });
    for (const method of protectedMethods) {
      expect(await core.dispatch(method, {}, ctx)).toMatchObject({ ok: false, error: { kind: 'unauthenticated', code: 'auth.locked' } });
    }
  });
});
