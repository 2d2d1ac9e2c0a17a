import type { CallContext } from '#core/call-context';
import type { Core } from '#core/core';
import { centreFixture, type CentreFixture } from '../fixtures/centre';
import { defineScenario } from '../scenario';

interface State {
  fixture: CentreFixture;
  core: Core;
  ctx: CallContext;
}

/**
 * What the browser host adds to a contract call: fetch over loopback (keep-alive), Hono routing and
 * middleware, cookie → session lookup in SQLite, JSON both ways. The baseline is the same method
 * through `core.dispatch` with a session handle that already holds the staff row, as IPC would.
 */
export default defineScenario<State>({
  id: 'http-call',
  name: 'contract call over HTTP (POST /api/auth.me)',
  baselineName: "direct service call: core.dispatch('auth.me')",
  budget: 50,
  warmup: 200,
  iterations: 500,
  async setup(env) {
    const fixture = await centreFixture(env);
    return { fixture, core: fixture.core, ctx: fixture.directContext(fixture.admin) };
  },
  async baseline({ core, ctx }) {
    const result = await core.dispatch('auth.me', {}, ctx);
    if (!result.ok) throw new Error(`auth.me failed: ${result.error.code}`);
  },
  async subject({ fixture }) {
    const response = await fixture.post('auth.me', {});
    const body = (await response.json()) as { ok: boolean };
    if (response.status !== 200 || !body.ok) throw new Error(`POST /api/auth.me answered ${response.status}`);
  },
});
