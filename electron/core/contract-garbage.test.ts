import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contract, errorKinds, methodNames, type CallResult } from '#shared/contract/index';
import { wireErrorSchema } from '#shared/contract/errors';
import type { Core } from './core';
import { createCore } from './core';
import { callContext, loggedInCore } from './testing/test-core';
import { garbageFor } from './testing/arbitrary-from-schema';
import { databaseSnapshot } from './testing/database-snapshot';

const noThrottle = { loginThrottle: { baseMs: 0 } };

function expectWellFormed(result: CallResult<unknown>): void {
  if (result.ok) return;
  expect(wireErrorSchema.parse(result.error)).toBeTruthy();
  expect(errorKinds).toContain(result.error.kind);
  // A stack trace or a raw SQLite message never reaches the caller.
  expect(result.error.message).not.toMatch(/\n\s+at |SQLITE_|\.ts:\d+/);
}

describe.each([
  ['anonymous caller on a set-up centre', 'anonymous'],
  ['logged-in administrator', 'admin'],
  ['anonymous caller on an empty centre', 'empty'],
] as const)('every method fed garbage: %s', (_label, who) => {
  let core: Core;
  let ctx: ReturnType<typeof callContext>;

  beforeAll(async () => {
    if (who === 'empty') {
      core = createCore(noThrottle);
      ctx = callContext(core);
    } else {
      ({ core, ctx } = await loggedInCore(noThrottle));
      if (who === 'anonymous') ctx = callContext(core);
    }
  });
  afterAll(() => core.close());

  it.each(methodNames)('%s answers only the closed error kinds and leaves the database as it was', async (method) => {
    await fc.assert(
      fc.asyncProperty(garbageFor(contract[method].input), async (input) => {
        const before = databaseSnapshot(core.db);
        const token = ctx.session.token;
        const result = await core.dispatch(method, input, ctx);
        expectWellFormed(result);
        if (!result.ok) expect(databaseSnapshot(core.db)).toBe(before);
        // A valid logout or login moves the session; put it back for the next run.
        ctx.session.token = token;
      }),
      // Logins and set-ups hash passwords (tens of ms each), so they get fewer runs.
      { numRuns: method === 'setup.initialise' || method === 'auth.login' ? 30 : 60 },
    );
  });

  it('unknown method names answer not-found', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.anything(), async (name, input) => {
        fc.pre(!(methodNames as string[]).includes(name));
        const result = await core.dispatch(name, input, ctx);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.kind).toBe('not-found');
      }),
      { numRuns: 200 },
    );
  });
});
