import type { CallContext } from '#core/call-context';
import type { Core } from '#core/core';
import { getCentre } from '#db/queries/centre';
import { centreFixture } from '../fixtures/centre';
import { defineScenario } from '../scenario';

interface State {
  core: Core;
  ctx: CallContext;
}

/**
 * What the dispatcher adds on top of the handler's own database work: input parsing with zod, the
 * access check, the handler call and the output parse that strips what the contract does not promise.
 * `auth.me` takes the staff row from the session handle and reads the centre row; the baseline does
 * the same with the same drizzle query, and nothing else.
 */
export default defineScenario<State>({
  id: 'dispatch-call',
  name: "dispatcher call: core.dispatch('auth.me')",
  baselineName: 'direct drizzle query: getCentre + session staff row',
  budget: 4,
  warmup: 300,
  iterations: 1000,
  async setup(env) {
    const fixture = await centreFixture(env);
    return { core: fixture.core, ctx: fixture.directContext(fixture.admin) };
  },
  baseline({ core, ctx }) {
    const centre = getCentre(core.db);
    const staff = ctx.session.staff;
    if (!centre || !staff) throw new Error('centre or staff row missing');
    return { staff, centre };
  },
  async subject({ core, ctx }) {
    const result = await core.dispatch('auth.me', {}, ctx);
    if (!result.ok) throw new Error(`auth.me failed: ${result.error.code}`);
  },
});
