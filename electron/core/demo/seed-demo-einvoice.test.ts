import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { MonthlyPack } from '#shared/contract/municipal-reports';
import { createCore, type Core } from '../core';
import { callContext } from '../testing/test-core';
import { readUbl } from '../services/municipal/ubl-read';
import { demoAdmin, seedDemo } from './seed-demo';

let core: Core | undefined;
afterEach(() => core?.close());

describe('demo e-invoices', () => {
  it("makes last month's pack with an e-invoice per paying municipality right after seeding", async () => {
    core = createCore({ now: () => new Date('2026-12-07T10:00:00') });
    await seedDemo(core);
    const ctx = callContext(core, 'lv');
    const login = await core.dispatch('auth.login', { username: demoAdmin.username, password: demoAdmin.password }, ctx);
    expect(login.ok).toBe(true);
    // The manager confirms last month's reconciliation warnings first, as on the export page.
    const reconcile = await core.dispatch('billing.reconcile', { month: '2026-11' }, ctx);
    const confirmed = reconcile.ok ? (reconcile.data as { warnings: { key: string }[] }).warnings.map((w) => w.key) : [];
    const result = await core.dispatch('exports.monthlyPack', { month: '2026-11', language: 'lv', confirmed }, ctx);
    if (!result.ok) throw new Error(result.error.code);
    const pack = result.data as MonthlyPack;
    expect(pack.totals.payers).toBeGreaterThanOrEqual(2);
    const zip = unzipSync(Buffer.from(pack.zip!.base64, 'base64'));
    const invoices = Object.keys(zip).filter((n) => n.endsWith('.xml'));
    expect(invoices.length).toBeGreaterThanOrEqual(2);
    for (const name of invoices) {
      const read = readUbl(Buffer.from(zip[name]!).toString('utf8'));
      expect(read.buyerReference).toMatch(/-SD$/);
      expect(read.seller).toEqual({ endpointId: '40008000001', endpointScheme: '0218' });
      expect(Number(read.totals.payable)).toBeGreaterThan(0);
    }
  }, 120_000);
});
