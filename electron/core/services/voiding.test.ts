import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '#shared/contract/index';
import type { Core } from '../core';
import { loggedInCore, validSetup } from '../testing/test-core';
import { clientInput, countRows, ok, staffContext } from '../testing/client-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

// Monday 9 March 2026, mid-morning: a decision for Mondays makes the client expected today.
const today = new Date(2026, 2, 9, 10);

async function withClient() {
  const logged = await loggedInCore({ now: () => today });
  core = logged.core;
  const { client } = await ok(logged.core, logged.ctx, 'clients.create', clientInput());
  return { ...logged, clientId: client.id };
}

const decision = (clientId: number, overrides: Partial<MethodInput<'decisions.create'>> = {}): MethodInput<'decisions.create'> => ({
  clientId, service: 'day-care', payingMunicipality: 'LV-aizkraukle', decisionNumber: 'SD-2026/14', decisionDate: '2026-01-05',
  validFrom: '2026-01-10', validTo: '2026-03-30', plannedWeekdays: [1, 3, 5], exemption: 'none', ...overrides,
});

const auditOf = (core: Core, entity: string) =>
  core.db.$client.prepare('SELECT method, changes FROM audit_log WHERE entity = ? ORDER BY id').all(entity) as { method: string; changes: string }[];

describe('voiding a decision entered by mistake', () => {
  it('keeps it in the history with who, when and why, audited, and refuses to void it twice', async () => {
    const { core, ctx, clientId } = await withClient();
    const { decision: created } = await ok(core, ctx, 'decisions.create', decision(clientId));
    const { decision: voided } = await ok(core, ctx, 'decisions.void', { id: created.id, reason: 'Ievadīts nepareizam klientam' });
    expect(voided).toMatchObject({ id: created.id, voidedAt: today.toISOString(), voidedByName: validSetup.admin.fullName, voidReason: 'Ievadīts nepareizam klientam' });
    expect((await ok(core, ctx, 'decisions.list', { clientId })).decisions).toEqual([voided]);
    expect(countRows(core, 'service_decisions')).toBe(1);

    const last = auditOf(core, 'service_decision').at(-1)!;
    expect(last.method).toBe('decisions.void');
    expect(JSON.parse(last.changes)).toMatchObject({ before: { voidedAt: null, voidReason: null }, after: { voidedAt: today.toISOString(), voidReason: 'Ievadīts nepareizam klientam' } });

    const again = await core.dispatch('decisions.void', { id: created.id, reason: 'Vēlreiz' }, { ...ctx, language: 'lv' });
    expect(again).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'decisions.alreadyVoided', message: 'Šis lēmums jau ir anulēts.' } });
    const { clientId: _c, ...fields } = decision(clientId);
    expect(await core.dispatch('decisions.update', { id: created.id, ...fields }, ctx)).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'decisions.voided' } });
    expect(auditOf(core, 'service_decision')).toHaveLength(2);
  });

  it('asks for a reason of at least 3 characters, and only of those who may write decisions', async () => {
    const { core, ctx, clientId } = await withClient();
    const { decision: created } = await ok(core, ctx, 'decisions.create', decision(clientId));
    const short = await core.dispatch('decisions.void', { id: created.id, reason: ' x ' }, ctx);
    expect(short).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['reason'] }] } });
    expect(await core.dispatch('decisions.void', { id: created.id, reason: 'Kļūda' }, staffContext(core, 'reception'))).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await core.dispatch('decisions.void', { id: 999, reason: 'Kļūda' }, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect((await ok(core, ctx, 'decisions.list', { clientId })).decisions[0]?.voidedAt).toBeNull();
  });

  it('no longer counts anywhere: day board, overlap, expiry widget, client filters, monthly sheet', async () => {
    const { core, ctx, clientId } = await withClient();
    const { decision: created } = await ok(core, ctx, 'decisions.create', decision(clientId));
    const expected = async () => (await ok(core, ctx, 'attendance.day', { date: '2026-03-09' })).rows.map((r) => r.clientId);
    const onSheet = async () => (await ok(core, ctx, 'sheets.attendanceMonth', { month: '2026-03', service: 'day-care', language: 'lv' })).rows.map((r) => r.clientId);
    const filtered = async () => (await ok(core, ctx, 'clients.list', { service: 'day-care' })).clients.map((c) => c.id);
    expect(await expected()).toEqual([clientId]);
    expect((await ok(core, ctx, 'decisions.expiring', { days: 30 })).decisions).toHaveLength(1);
    expect(await filtered()).toEqual([clientId]);
    expect(await onSheet()).toEqual([clientId]);
    const overlapping = decision(clientId, { decisionNumber: 'SD-2026/15', validFrom: '2026-02-01', validTo: '' });
    expect(await core.dispatch('decisions.create', overlapping, ctx)).toMatchObject({ ok: false, error: { code: 'decisions.overlap' } });

    await ok(core, ctx, 'decisions.void', { id: created.id, reason: 'Dublikāts' });
    expect(await expected()).toEqual([]);
    expect((await ok(core, ctx, 'decisions.expiring', { days: 30 })).decisions).toEqual([]);
    expect(await filtered()).toEqual([]);
    expect(await onSheet()).toEqual([]);
    expect(await core.dispatch('decisions.create', overlapping, ctx)).toMatchObject({ ok: true });
  });
});

describe('voiding an assessment entered by mistake', () => {
  const careLevel = (clientId: number, level: 1 | 2 | 3 | 4, assessedOn: string): MethodInput<'assessments.create'> => ({
    clientId, instrument: 'lv-care-level', assessedOn, assessor: 'Ilze Liepa', careLevel: level,
  });

  it('keeps it struck in the history, takes it out of the latest results, audited, refused twice', async () => {
    const { core, ctx, clientId } = await withClient();
    await ok(core, ctx, 'assessments.create', careLevel(clientId, 2, '2026-01-15'));
    const { assessment: wrong } = await ok(core, ctx, 'assessments.create', careLevel(clientId, 4, '2026-03-02'));
    expect((await ok(core, ctx, 'clients.get', { id: clientId })).latestAssessments.map((a) => a.careLevel)).toEqual([4]);

    const { assessment } = await ok(core, ctx, 'assessments.void', { id: wrong.id, reason: 'Cita klienta novērtējums' });
    expect(assessment).toMatchObject({ voidedAt: today.toISOString(), voidedByName: validSetup.admin.fullName, voidReason: 'Cita klienta novērtējums' });
    const { assessments } = await ok(core, ctx, 'assessments.list', { clientId });
    expect(assessments.map((a) => [a.careLevel, a.voidReason])).toEqual([[4, 'Cita klienta novērtējums'], [2, null]]);
    expect((await ok(core, ctx, 'clients.get', { id: clientId })).latestAssessments.map((a) => a.careLevel)).toEqual([2]);
    expect(auditOf(core, 'client_assessment').map((a) => a.method)).toEqual(['assessments.create', 'assessments.create', 'assessments.void']);

    const again = await core.dispatch('assessments.void', { id: wrong.id, reason: 'Vēlreiz' }, ctx);
    expect(again).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'assessments.alreadyVoided' } });
    expect(await core.dispatch('assessments.void', { id: 999, reason: 'Kļūda' }, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found', code: 'assessments.notFound' } });
  });
});
