import { afterEach, describe, expect, it } from 'vitest';
import { barthelItems, barthelTotal, barthelMaxTotal, type BarthelScores } from '#shared/domain/barthel';
import type { Core } from '../core';
import { loggedInCore } from '../testing/test-core';
import { clientInput, countRows, ok } from '../testing/client-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

async function withClient() {
  const logged = await loggedInCore();
  core = logged.core;
  const { client } = await ok(logged.core, logged.ctx, 'clients.create', clientInput());
  return { ...logged, clientId: client.id };
}

const scores: BarthelScores = { bowels: 2, bladder: 1, grooming: 1, toiletUse: 1, feeding: 2, transfer: 2, mobility: 3, dressing: 1, stairs: 0, bathing: 0 };

describe('Barthel index', () => {
  it('has ten items that add up to 20', () => {
    expect(barthelItems).toHaveLength(10);
    expect(barthelMaxTotal).toBe(20);
    expect(barthelTotal(scores)).toBe(13);
  });

  it('stores the items with the computed total, the instrument and its version; the card shows the latest', async () => {
    const { core, ctx, clientId } = await withClient();
    await ok(core, ctx, 'assessments.create', { clientId, instrument: 'barthel', assessedOn: '2024-05-01', assessor: 'Ilze Kalniņa', barthel: { ...scores, stairs: 2 } });
    const { assessment } = await ok(core, ctx, 'assessments.create', { clientId, instrument: 'barthel', assessedOn: '2025-05-01', assessor: 'Ilze Kalniņa', barthel: scores, nextReview: '2026-05-01' });
    expect(assessment).toMatchObject({ instrument: 'barthel', barthelTotal: 13, careLevel: null, instrumentVersion: expect.stringContaining('Barthel') as string });
    await ok(core, ctx, 'assessments.create', { clientId, instrument: 'lv-care-level', assessedOn: '2025-04-01', assessor: 'Ilze Kalniņa', careLevel: 3 });
    const card = await ok(core, ctx, 'clients.get', { id: clientId });
    expect(card.latestAssessments.map((a) => [a.instrument, a.barthelTotal ?? a.careLevel])).toEqual([['barthel', 13], ['lv-care-level', 3]]);
    expect((await ok(core, ctx, 'assessments.list', { clientId })).assessments).toHaveLength(3);
  });

  it('refuses an item out of its range or a typed total, writing nothing', async () => {
    const { core, ctx, clientId } = await withClient();
    const base = { clientId, instrument: 'barthel' as const, assessedOn: '2025-05-01', assessor: 'Ilze Kalniņa' };
    const tooHigh = await core.dispatch('assessments.create', { ...base, barthel: { ...scores, grooming: 2 } }, ctx);
    expect(tooHigh).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['barthel', 'grooming'], code: 'field.barthelItemRange' }] } });
    const typedTotal = await core.dispatch('assessments.create', { ...base, barthel: { ...scores, total: 20 } }, ctx);
    expect(typedTotal).toMatchObject({ ok: false, error: { kind: 'validation' } });
    const noLevel = await core.dispatch('assessments.create', { ...base, instrument: 'lv-care-level' }, ctx);
    expect(noLevel).toMatchObject({ ok: false, error: { issues: [{ path: ['careLevel'], code: 'field.careLevelRequired' }] } });
    expect(countRows(core, 'client_assessments')).toBe(0);
  });
});

describe('relatives and consents', () => {
  it('adds, orders, updates and removes relatives', async () => {
    const { core, ctx, clientId } = await withClient();
    const relative = { clientId, name: 'Inese Bērziņa', relation: 'child' as const, phone: '+371 26 123 456', canCollect: true, emergencyContact: true, priority: 2 };
    const { relative: second } = await ok(core, ctx, 'relatives.create', relative);
    await ok(core, ctx, 'relatives.create', { ...relative, name: 'Andris Bērziņš', relation: 'spouse', priority: 1, canCollect: false });
    expect((await ok(core, ctx, 'clients.get', { id: clientId })).relatives.map((r) => r.name)).toEqual(['Andris Bērziņš', 'Inese Bērziņa']);
    const { clientId: _, ...fields } = relative;
    const badPhone = await core.dispatch('relatives.update', { ...fields, id: second.id, phone: 'x' }, ctx);
    expect(badPhone).toMatchObject({ ok: false, error: { issues: [{ path: ['phone'], code: 'field.phoneFormat' }] } });
    expect((await ok(core, ctx, 'relatives.update', { ...fields, id: second.id, canCollect: false })).relative.canCollect).toBe(false);
    await ok(core, ctx, 'relatives.remove', { id: second.id });
    expect((await ok(core, ctx, 'relatives.list', { clientId })).relatives).toHaveLength(1);
  });

  it('records consents with giver and withdrawal', async () => {
    const { core, ctx, clientId } = await withClient();
    const { consent } = await ok(core, ctx, 'consents.create', { clientId, kind: 'photos', givenOn: '2025-01-10', givenBy: 'representative', representativeName: 'Inese Bērziņa' });
    const { consent: withdrawn } = await ok(core, ctx, 'consents.update', { id: consent.id, kind: 'photos', givenOn: '2025-01-10', givenBy: 'representative', representativeName: 'Inese Bērziņa', withdrawnOn: '2025-06-01' });
    expect(withdrawn).toMatchObject({ withdrawnOn: '2025-06-01', representativeName: 'Inese Bērziņa' });
    const backwards = await core.dispatch('consents.update', { id: consent.id, kind: 'photos', givenOn: '2025-01-10', givenBy: 'client', withdrawnOn: '2024-06-01' }, ctx);
    expect(backwards).toMatchObject({ ok: false, error: { issues: [{ path: ['withdrawnOn'], code: 'field.withdrawnBeforeGiven' }] } });
  });
});
