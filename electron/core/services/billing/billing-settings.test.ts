import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import type { CallResult, MethodInput, MethodName, MethodOutput } from '#shared/contract/index';
import { loggedInCore } from '../../testing/test-core';
import { staffContext } from '../../testing/client-fixtures';
import { addClient, addDay, addDecision, addPrice } from '../../testing/billing-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

type Ctx = Awaited<ReturnType<typeof loggedInCore>>['ctx'];
const call = <M extends MethodName>(c: Core, method: M, input: MethodInput<M>, ctx: Ctx) =>
  c.dispatch(method, input, ctx) as Promise<CallResult<MethodOutput<M>>>;
const count = (c: Core, table: string) => (c.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function setUp() {
  const made = await loggedInCore({ now: () => new Date('2026-04-08T10:00:00') });
  core = made.core;
  return made;
}

/** The client's share and the total of one payer's March statement, every warning confirmed. */
async function marchShares(c: Core, ctx: Ctx, payer = 'LV-aizkraukle') {
  const rec = await call(c, 'billing.reconcile', { month: '2026-03' }, ctx);
  if (!rec.ok) throw new Error(rec.error.code);
  const out = await call(c, 'exports.statement', { month: '2026-03', payer, format: 'csv', language: 'lv', confirmed: rec.data.warnings.map((w) => w.key) }, ctx);
  if (!out.ok) throw new Error(out.error.code);
  const { units, grossCents, clientShareCents, municipalityShareCents } = out.data.statement.totals;
  return { units, grossCents, clientShareCents, municipalityShareCents };
}

const unit = (over: Partial<MethodInput<'prices.units.save'>> = {}): MethodInput<'prices.units.save'> => ({
  code: 'ironing',
  nameLv: 'Gludināšana',
  nameLt: 'Lyginimas',
  nameRu: 'Глажка',
  measure: 'item',
  ...over,
});

describe("the centre's own service units", () => {
  it('are saved, listed, priced and switched off by managers; bad input, a taken code and other roles write nothing', async () => {
    const { core: c, ctx } = await setUp();
    const saved = await call(c, 'prices.units.save', unit(), ctx);
    if (!saved.ok) throw new Error(saved.error.code);
    expect(saved.data.unit).toMatchObject({ code: 'ironing', nameRu: 'Глажка', active: true });
    const audits = count(c, 'audit_log');

    expect(await call(c, 'prices.units.save', unit({ code: 'Bad Code' }), ctx)).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['code'], code: 'field.ownUnitCode' }] } });
    expect(await call(c, 'prices.units.save', unit({ nameLt: '   ' }), ctx)).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['nameLt'] }] } });
    expect(await call(c, 'prices.units.save', unit({ nameLv: 'x'.repeat(81) }), ctx)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await call(c, 'prices.units.save', unit({ nameLv: 'Cits' }), ctx)).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'billing.ownUnitCodeTaken', params: { code: 'ironing' } } });
    expect(await call(c, 'prices.units.save', { ...unit({ code: 'pressing' }), id: saved.data.unit.id }, ctx)).toMatchObject({ ok: false, error: { code: 'billing.ownUnitCodeFixed' } });
    const carer = staffContext(c, 'carer');
    expect(await call(c, 'prices.units.save', unit({ code: 'towels' }), carer)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await call(c, 'prices.units.list', {}, staffContext(c, 'reception'))).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(count(c, 'own_service_units')).toBe(1);
    expect(count(c, 'audit_log')).toBe(audits);

    const renamed = await call(c, 'prices.units.save', { ...unit({ nameLv: 'Veļas gludināšana' }), id: saved.data.unit.id }, ctx);
    expect(renamed).toMatchObject({ ok: true, data: { unit: { nameLv: 'Veļas gludināšana' } } });
    expect(await call(c, 'prices.save', { serviceUnit: 'own:ironing', payerCategory: 'private', validFrom: '2026-01-01', validTo: null, priceCents: 250, vatRateBp: 2100, vatCategory: 'S' }, ctx)).toMatchObject({ ok: true });
    expect(await call(c, 'prices.units.deactivate', { id: saved.data.unit.id }, ctx)).toMatchObject({ ok: true });
    expect(await call(c, 'prices.units.deactivate', { id: saved.data.unit.id }, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found', code: 'billing.ownUnitNotFound' } });
    const listed = await call(c, 'prices.units.list', {}, ctx);
    expect(listed.ok && listed.data.units.map((u) => [u.code, u.nameLv, u.active])).toEqual([['ironing', 'Veļas gludināšana', false]]);
    const trail = c.db.$client.prepare("SELECT method, entity FROM audit_log WHERE entity = 'own_service_unit' ORDER BY id").all();
    expect(trail).toEqual([
      { method: 'prices.units.save', entity: 'own_service_unit' },
      { method: 'prices.units.save', entity: 'own_service_unit' },
      { method: 'prices.units.deactivate', entity: 'own_service_unit' },
    ]);
  });
});

describe('absence rule overrides', () => {
  it('change what the statement bills, back to the built-in rule with null; bad input and other roles write nothing', async () => {
    const { core: c, ctx } = await setUp();
    addPrice(c.db, { unit: 'care-day-8h', cents: 1000 });
    const ilze = addClient(c.db, 'Ilze', 'Ozola', '01017012345');
    addDecision(c.db, ilze, { from: '2026-01-01', number: 'SD-1', copayPercent: 10 });
    addDay(c.db, ilze, '2026-03-02', { status: 'present' });
    addDay(c.db, ilze, '2026-03-03', { status: 'absent', reason: 'sick' });
    addDay(c.db, ilze, '2026-03-04', { status: 'absent', reason: 'unexcused' });

    const rules = await call(c, 'billing.absenceRules.list', {}, ctx);
    if (!rules.ok) throw new Error(rules.error.code);
    expect(rules.data.rules).toHaveLength(18);
    expect(rules.data.rules.find((r) => r.absenceReason === 'sick' && r.payerCategory === 'own-municipality')).toEqual({
      absenceReason: 'sick', payerCategory: 'own-municipality', effect: 'not-billable', defaultEffect: 'not-billable', overridden: false,
    });
    // Built-in: present and unexcused billed (2 × 10.00), sick not; the client pays 10 %.
    expect(await marchShares(c, ctx)).toEqual({ units: 2, grossCents: 2000, clientShareCents: 200, municipalityShareCents: 1800 });

    const audits = count(c, 'audit_log');
    expect(await call(c, 'billing.absenceRules.set', { absenceReason: 'sick', payerCategory: 'own-municipality', effect: 'maybe' as 'free' }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await call(c, 'billing.absenceRules.set', { absenceReason: 'bored' as 'sick', payerCategory: 'own-municipality', effect: 'free' }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await call(c, 'billing.absenceRules.set', { absenceReason: 'sick', payerCategory: 'own-municipality', effect: 'billable' }, staffContext(c, 'reception'))).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(count(c, 'absence_billing_rules')).toBe(0);
    expect(count(c, 'audit_log')).toBe(audits);

    expect(await call(c, 'billing.absenceRules.set', { absenceReason: 'sick', payerCategory: 'own-municipality', effect: 'billable' }, ctx)).toMatchObject({ ok: true });
    expect(count(c, 'audit_log')).toBe(audits + 1);
    // Sick now billed too: 3 × 10.00, the client 10 %.
    expect(await marchShares(c, ctx)).toEqual({ units: 3, grossCents: 3000, clientShareCents: 300, municipalityShareCents: 2700 });
    const after = await call(c, 'billing.absenceRules.list', {}, ctx);
    expect(after.ok && after.data.rules.filter((r) => r.overridden).map((r) => [r.absenceReason, r.payerCategory, r.effect])).toEqual([['sick', 'own-municipality', 'billable']]);

    expect(await call(c, 'billing.absenceRules.set', { absenceReason: 'sick', payerCategory: 'own-municipality', effect: null }, ctx)).toMatchObject({ ok: true });
    expect(count(c, 'absence_billing_rules')).toBe(0);
    expect(await marchShares(c, ctx)).toMatchObject({ units: 2, grossCents: 2000 });
    // Setting the built-in effect when there is no override writes nothing.
    const quiet = count(c, 'audit_log');
    const same = await call(c, 'billing.absenceRules.set', { absenceReason: 'unexcused', payerCategory: 'private', effect: 'billable' }, ctx);
    expect(same).toMatchObject({ ok: true });
    expect(count(c, 'audit_log')).toBe(quiet);
  });
});

describe("a decision's billing terms and exemptions", () => {
  it("set the client's share shown to every role, refuse both kinds at once, and an exemption from the 10th zeroes the share of the days it covers", async () => {
    const { core: c, ctx } = await setUp();
    addPrice(c.db, { unit: 'care-day-8h', cents: 1000 });
    const ilze = addClient(c.db, 'Ilze', 'Ozola', '01017012345');
    const decision = addDecision(c.db, ilze, { from: '2026-01-01', number: 'SD-1' });
    for (const d of ['02', '03', '16', '17']) addDay(c.db, ilze, `2026-03-${d}`, { status: 'present' });
    expect(await marchShares(c, ctx)).toEqual({ units: 4, grossCents: 4000, clientShareCents: 0, municipalityShareCents: 4000 });

    const audits = count(c, 'audit_log');
    const both = await call(c, 'billing.setDecisionTerms', { decisionId: decision, privatePayer: false, clientReference: null, copayPercent: 10, copayAmountCents: 200 }, ctx);
    expect(both).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['copayAmountCents'], code: 'field.copayBoth' }] } });
    expect(await call(c, 'billing.setDecisionTerms', { decisionId: decision, privatePayer: false, clientReference: null, copayPercent: 101 }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['copayPercent'] }] } });
    expect(await call(c, 'billing.setDecisionTerms', { decisionId: decision, privatePayer: false, clientReference: 'x'.repeat(61) }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await call(c, 'billing.setDecisionTerms', { decisionId: 9999, privatePayer: false, clientReference: null, copayPercent: 10 }, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    const reception = staffContext(c, 'reception');
    expect(await call(c, 'billing.setDecisionTerms', { decisionId: decision, privatePayer: false, clientReference: null, copayPercent: 10 }, reception)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(count(c, 'decision_billing')).toBe(0);
    expect(count(c, 'audit_log')).toBe(audits);

    // A fixed 2.50 a day: 4 days → 10.00 of 40.00.
    expect(await call(c, 'billing.setDecisionTerms', { decisionId: decision, privatePayer: false, clientReference: 'AIZ-7', copayAmountCents: 250 }, ctx)).toMatchObject({ ok: true });
    expect(await marchShares(c, ctx)).toEqual({ units: 4, grossCents: 4000, clientShareCents: 1000, municipalityShareCents: 3000 });
    // 15 %: 6.00 of 40.00.
    expect(await call(c, 'billing.setDecisionTerms', { decisionId: decision, privatePayer: false, clientReference: 'AIZ-7', copayPercent: 15, copayAmountCents: null }, ctx)).toMatchObject({ ok: true });
    expect(await marchShares(c, ctx)).toEqual({ units: 4, grossCents: 4000, clientShareCents: 600, municipalityShareCents: 3400 });
    const trail = c.db.$client.prepare("SELECT entity FROM audit_log WHERE method = 'billing.setDecisionTerms' ORDER BY id").all();
    expect(trail).toEqual([{ entity: 'decision_billing' }, { entity: 'service_decision' }, { entity: 'decision_billing' }, { entity: 'service_decision' }]);

    for (const who of [reception, staffContext(c, 'carer')]) {
      const seen = await call(c, 'billing.decisionTerms', { clientId: ilze }, who);
      expect(seen).toMatchObject({ ok: true, data: { terms: [{ decisionId: decision, privatePayer: false, clientReference: 'AIZ-7', copayPercent: 15, copayAmountCents: null }] } });
      expect(await call(c, 'billing.exemptions', { clientId: ilze }, who)).toMatchObject({ ok: true, data: { exemptions: [] } });
      expect(await call(c, 'billing.addExemption', { clientId: ilze, kind: 'needy', validFrom: '2026-03-10', validTo: '2026-06-30', document: null }, who)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(await call(c, 'billing.addExemption', { clientId: ilze, kind: 'needy', validFrom: '2026-03-10', validTo: '2026-03-01', document: null }, ctx)).toMatchObject({ ok: false, error: { code: 'billing.exemptionReversed' } });
    expect(count(c, 'billing_exemptions')).toBe(0);

    // Needy from the 10th: the 16th and 17th are free for the client; 15 % of the 2nd and 3rd (20.00) is 3.00.
    const added = await call(c, 'billing.addExemption', { clientId: ilze, kind: 'needy', validFrom: '2026-03-10', validTo: '2026-06-30', document: 'SD-2026/118' }, ctx);
    if (!added.ok) throw new Error(added.error.code);
    expect(await marchShares(c, ctx)).toEqual({ units: 4, grossCents: 4000, clientShareCents: 300, municipalityShareCents: 3700 });
    expect(await call(c, 'billing.voidExemption', { id: added.data.exemption.id }, ctx)).toMatchObject({ ok: true });
    expect(await marchShares(c, ctx)).toMatchObject({ clientShareCents: 600 });
  });
});
