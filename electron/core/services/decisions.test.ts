import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '#shared/contract/index';
import type { Core } from '../core';
import { loggedInCore } from '../testing/test-core';
import { clientInput, countRows, ok, staffContext } from '../testing/client-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

// A fixed "today" keeps the expiry arithmetic exact.
const today = new Date(2026, 2, 10, 12); // 10 March 2026, local

async function withClient() {
  const logged = await loggedInCore({ now: () => today });
  core = logged.core;
  const { client } = await ok(logged.core, logged.ctx, 'clients.create', clientInput());
  return { ...logged, clientId: client.id };
}

const decision = (clientId: number, overrides: Partial<MethodInput<'decisions.create'>> = {}): MethodInput<'decisions.create'> => ({
  clientId,
  service: 'day-care',
  payingMunicipality: 'LV-aizkraukle',
  decisionNumber: 'SD-2026/14',
  decisionDate: '2026-01-05',
  validFrom: '2026-01-10',
  validTo: '2026-12-31',
  plannedWeekdays: [1, 3, 5],
  copayPercent: 20,
  exemption: 'none',
  ...overrides,
});

describe('service decisions', () => {
  it('creates, lists and updates a decision, audited', async () => {
    const { core, ctx, clientId } = await withClient();
    const { decision: created } = await ok(core, ctx, 'decisions.create', decision(clientId, { plannedWeekdays: [5, 1] }));
    expect(created).toMatchObject({ service: 'day-care', plannedWeekdays: [1, 5], validTo: '2026-12-31' });
    const { clientId: _, ...fields } = decision(clientId);
    const { decision: updated } = await ok(core, ctx, 'decisions.update', { ...fields, id: created.id, validTo: '' });
    expect(updated.validTo).toBeNull();
    expect((await ok(core, ctx, 'decisions.list', { clientId })).decisions).toHaveLength(1);
    expect(countRows(core, "audit_log WHERE entity = 'service_decision'")).toBe(2);
  });

  it('refuses an overlapping decision for the same service, but not for another service', async () => {
    const { core, ctx, clientId } = await withClient();
    await ok(core, ctx, 'decisions.create', decision(clientId));
    const clash = await core.dispatch('decisions.create', decision(clientId, { decisionNumber: 'SD-2026/99', validFrom: '2026-12-01', validTo: '' }), { ...ctx, language: 'lv' });
    expect(clash).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'decisions.overlap', params: { number: 'SD-2026/14' } } });
    expect(await core.dispatch('decisions.create', decision(clientId, { service: 'dementia-day-centre' }), ctx)).toMatchObject({ ok: true });
    expect(await core.dispatch('decisions.create', decision(clientId, { validFrom: '2027-01-01', validTo: '' }), ctx)).toMatchObject({ ok: true });
    expect(countRows(core, 'service_decisions')).toBe(3);
  });

  it('refuses a decision ending before it starts or an unknown municipality, with field errors', async () => {
    const { core, ctx, clientId } = await withClient();
    const backwards = await core.dispatch('decisions.create', decision(clientId, { validTo: '2025-12-31' }), ctx);
    expect(backwards).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['validTo'], code: 'field.decisionEndsBeforeStart' }] } });
    const nowhere = await core.dispatch('decisions.create', decision(clientId, { payingMunicipality: 'LV-atlantis' }), ctx);
    expect(nowhere).toMatchObject({ ok: false, error: { issues: [{ path: ['payingMunicipality'], code: 'field.municipalityUnknown' }] } });
    const noClient = await core.dispatch('decisions.create', decision(9999), ctx);
    expect(noClient).toMatchObject({ ok: false, error: { kind: 'not-found', code: 'clients.notFound' } });
    expect(countRows(core, 'service_decisions')).toBe(0);
  });

  it('lists decisions expiring within the given days, soonest first, for the dashboard', async () => {
    const { core, ctx, clientId } = await withClient();
    await ok(core, ctx, 'decisions.create', decision(clientId, { validTo: '2026-03-30' })); // 20 days
    await ok(core, ctx, 'decisions.create', decision(clientId, { service: 'dementia-day-centre', validTo: '2026-06-30' }));
    await ok(core, ctx, 'decisions.create', decision(clientId, { service: 'respite-care', validFrom: '2025-01-01', validTo: '2026-03-01' }));
    const { decisions } = await ok(core, ctx, 'decisions.expiring', { days: 30 });
    expect(decisions.map((d) => [d.service, d.daysLeft, d.lastName])).toEqual([['day-care', 20, 'Bērziņš']]);
  });

  it('lets only administrators and managers write decisions', async () => {
    const { core, clientId } = await withClient();
    for (const role of ['reception', 'carer'] as const) {
      expect(await core.dispatch('decisions.create', decision(clientId), staffContext(core, role))).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(await core.dispatch('decisions.create', decision(clientId), staffContext(core, 'manager'))).toMatchObject({ ok: true });
  });
});
