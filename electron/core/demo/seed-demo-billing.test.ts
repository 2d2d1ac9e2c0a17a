import { afterEach, describe, expect, it } from 'vitest';
import type { CallResult, MethodInput, MethodName, MethodOutput } from '#shared/contract/index';
import { createCore, type Core } from '../core';
import { callContext } from '../testing/test-core';
import { demoAdmin, seedDemo } from './seed-demo';

let core: Core | undefined;
afterEach(() => core?.close());

describe('demo billing', () => {
  it("has prices, exemptions and several payers, so last month's statement can be made at once", async () => {
    core = createCore({ now: () => new Date('2026-12-07T10:00:00') });
    await seedDemo(core);
    const c = core;
    const ctx = callContext(c, 'lv');
    const login = await c.dispatch('auth.login', { username: demoAdmin.username, password: demoAdmin.password }, ctx);
    expect(login.ok || login.error.code).toBe(true);
    const call = <M extends MethodName>(method: M, input: MethodInput<M>) => c.dispatch(method, input, ctx) as Promise<CallResult<MethodOutput<M>>>;

    const payers = await call('billing.payers', { month: '2026-11' });
    if (!payers.ok) throw new Error(payers.error.code);
    expect(payers.data.payers.length).toBeGreaterThanOrEqual(2);
    expect((c.db.$client.prepare('SELECT count(*) AS n FROM billing_exemptions').get() as { n: number }).n).toBeGreaterThan(0);
    const warnings = await call('billing.reconcile', { month: '2026-11' });
    if (!warnings.ok) throw new Error(warnings.error.code);
    const confirmed = warnings.data.warnings.map((w) => w.key);
    for (const { payer } of payers.data.payers.slice(0, 2)) {
      const out = await call('exports.statement', { month: '2026-11', payer, format: 'xlsx', language: 'lv', confirmed });
      if (!out.ok) throw new Error(out.error.code);
      expect(out.data.statement.totals.units).toBeGreaterThan(0);
      expect(out.data.statement.totals.amountCents).toBeGreaterThan(0);
      // Last month keeps the old day-care price; this month's new one starts on the 1st.
      const dayPrices = new Set(out.data.statement.lines.filter((l) => l.serviceUnit === 'care-day-8h' && !l.free).map((l) => l.unitPriceCents));
      expect([payer, ...dayPrices]).toEqual([payer, payer === 'LV-aizkraukle' ? 1450 : 1740]);
    }
  });
});
