import type { CallResult } from '#shared/contract/index';
import type { Core } from '../core';
import type { CallContext } from '../call-context';

/**
 * A call's answer and its fastest time out of a few tries. Real work (a loop over a huge range) is slow
 * every time; a busy test machine is slow only now and then, so the fastest try tells them apart. A try
 * over a second is work, not noise: no retry then. The untimed first call lets zod compile the schema's
 * parser and i18next its plural rules, which happens once per process.
 */
export async function fastestCall(core: Core, method: string, input: unknown, ctx: CallContext, budgetMs: number) {
  await core.dispatch(method, input, ctx);
  let fastestMs = Infinity;
  let result: CallResult<unknown> | undefined;
  for (let tries = 0; tries === 0 || (tries < 3 && fastestMs >= budgetMs && fastestMs < 1000); tries++) {
    const started = performance.now();
    result = await core.dispatch(method, input, ctx);
    fastestMs = Math.min(fastestMs, performance.now() - started);
  }
  return { result: result!, fastestMs };
}
