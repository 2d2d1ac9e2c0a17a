import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { loggedInCore, type callContext } from '../../testing/test-core';
import { insertClient } from '../../testing/board-fixtures';
import { ok, staffContext } from '../../testing/client-fixtures';
import { databaseSnapshot } from '../../testing/database-snapshot';

let core: Core;
let ctx: ReturnType<typeof callContext>;
const clock = new Date(2026, 2, 11, 14, 0);

beforeEach(async () => {
  ({ core, ctx } = await loggedInCore({ now: () => clock }));
});
afterEach(() => core.close());

const auditMethods = () => core.db.$client.prepare("SELECT method FROM audit_log WHERE entity LIKE 'incident%' ORDER BY id").pluck().all();
const fall = (clientId: number) => ({
  clientId, kind: 'fall' as const, occurredOn: '2026-03-10', occurredAt: '11:20', place: 'Koridors pie ēdamzāles',
  description: 'Paklupa uz paklāja, piecēlās ar palīdzību.', injuries: 'Nobrāzums uz delnas',
  familyInformedAt: '2026-03-10T12:00', doctorInformedAt: '', municipalityInformedAt: '',
});

describe('incidents', () => {
  it('records a fall with a follow-up, completes it and lets a manager close it, all audited', async () => {
    const client = insertClient(core.db, { firstName: 'Valdis', lastName: 'Sproģis' });
    const carer = staffContext(core, 'carer');
    const { staff } = await ok(core, carer, 'incidents.responsibles', {});
    const responsibleId = staff[0]!.id;
    const { incident } = await ok(core, carer, 'incidents.create', { ...fall(client), followUps: [{ action: 'Noņemt paklāju', responsibleId, dueOn: '2026-03-10' }] });
    expect(incident).toMatchObject({ kind: 'fall', clientName: 'Valdis Sproģis', familyInformedAt: '2026-03-10T12:00', doctorInformedAt: null, closedAt: null });
    expect(incident.followUps).toEqual([expect.objectContaining({ action: 'Noņemt paklāju', overdue: true, doneAt: null })]);

    const listed = await ok(core, carer, 'incidents.list', { status: 'open' });
    expect(listed).toMatchObject({ overdueFollowUps: 1, incidents: [{ id: incident.id, openFollowUps: 1, overdueFollowUps: 1 }] });
    // A carer may not close a report; a manager may, once nothing is left to do.
    expect(await core.dispatch('incidents.close', { id: incident.id }, carer)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    const manager = staffContext(core, 'manager');
    expect(await core.dispatch('incidents.close', { id: incident.id }, manager)).toMatchObject({ ok: false, error: { code: 'incidents.openFollowUps' } });
    await ok(core, carer, 'incidents.completeFollowUp', { id: incident.followUps[0]!.id });
    const closed = await ok(core, manager, 'incidents.close', { id: incident.id, note: 'Paklājs noņemts' });
    expect(closed.incident).toMatchObject({ closedByName: 'Test manager', closingNote: 'Paklājs noņemts' });
    expect(await core.dispatch('incidents.update', { id: incident.id, ...fall(client), clientId: undefined }, carer)).toMatchObject({ ok: false });

    await ok(core, manager, 'incidents.get', { id: incident.id });
    expect(auditMethods()).toEqual([
      'incidents.create', 'incidents.create', 'incidents.list', 'incidents.completeFollowUp', 'incidents.close', 'incidents.get',
    ]);
  });

  it('refuses a follow-up due before the incident, in the caller’s language, writing nothing', async () => {
    const client = insertClient(core.db, { firstName: 'Ausma', lastName: 'Lāce' });
    const lv = staffContext(core, 'carer', 'lv');
    const responsibleId = (await ok(core, lv, 'incidents.responsibles', {})).staff[0]!.id;
    const before = databaseSnapshot(core.db);
    const early = await core.dispatch('incidents.create', { ...fall(client), followUps: [{ action: 'Pārbaudīt apavus', responsibleId, dueOn: '2026-03-09' }] }, lv);
    expect(early).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'incidents.followUpBeforeIncident' } });
    expect(!early.ok && early.error.message).toContain('(10.03.2026)');
    expect(!early.ok && early.error.message).toMatch(/termiņš/);
    expect(databaseSnapshot(core.db)).toBe(before);

    const { incident } = await ok(core, lv, 'incidents.create', fall(client));
    const snapshot = databaseSnapshot(core.db);
    expect(await core.dispatch('incidents.addFollowUp', { incidentId: incident.id, action: 'Zvanīt ārstam', responsibleId, dueOn: '2026-03-01' }, lv)).toMatchObject({ ok: false, error: { code: 'incidents.followUpBeforeIncident' } });
    expect(await core.dispatch('incidents.addFollowUp', { incidentId: incident.id, action: 'Zvanīt ārstam', responsibleId: 9999, dueOn: '2026-03-12' }, lv)).toMatchObject({ ok: false, error: { code: 'incidents.responsibleNotFound' } });
    expect(databaseSnapshot(core.db)).toBe(snapshot);
  });

  it('records who was informed the day after, and refuses a moment before the incident as a translated field error, writing nothing', async () => {
    const client = insertClient(core.db, { firstName: 'Ausma', lastName: 'Lāce' });
    const evening = { ...fall(client), occurredAt: '18:40', familyInformedAt: '2026-03-11T09:15', doctorInformedAt: '2026-03-10T18:40' };
    const { incident } = await ok(core, ctx, 'incidents.create', evening);
    expect(incident).toMatchObject({ occurredOn: '2026-03-10', occurredAt: '18:40', familyInformedAt: '2026-03-11T09:15', doctorInformedAt: '2026-03-10T18:40', municipalityInformedAt: null });

    const before = databaseSnapshot(core.db);
    // The moment as each language writes it: day first in Latvian and Russian, year first in Lithuanian.
    const words = { lv: /nevar būt agrāks par incidentu \(10\.03\.2026 18:40\)/, lt: /negali būti ankstesnis nei incidentas \(2026-03-10 18:40\)/, ru: /не может быть раньше инцидента \(10\.03\.2026, 18:40\)/ } as const;
    for (const language of ['lv', 'lt', 'ru'] as const) {
      const early = await core.dispatch('incidents.create', { ...evening, familyInformedAt: '2026-03-10T18:00' }, { ...ctx, language });
      expect(early).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['familyInformedAt'], code: 'field.informedBeforeIncident' }] } });
      expect(early.ok ? '' : early.error.issues?.[0]?.message).toMatch(words[language]);
    }
    // The day before, on update too, and for each party on its own field.
    const { clientId: _client, ...report } = evening;
    const update = await core.dispatch('incidents.update', { id: incident.id, ...report, doctorInformedAt: '2026-03-09T20:00', municipalityInformedAt: '2026-03-10T10:00' }, ctx);
    expect(update).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(update.ok ? [] : update.error.issues?.map((i) => i.path)).toEqual([['doctorInformedAt'], ['municipalityInformedAt']]);
    expect(databaseSnapshot(core.db)).toBe(before);
  });

  it('refuses an incident in the future, an unknown kind and an unknown client', async () => {
    const client = insertClient(core.db, { firstName: 'Edgars', lastName: 'Vanags' });
    const before = databaseSnapshot(core.db);
    expect(await core.dispatch('incidents.create', { ...fall(client), occurredOn: '2026-03-12', familyInformedAt: '' }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['occurredOn'] }] } });
    expect(await core.dispatch('incidents.create', { ...fall(client), kind: 'theft' }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await core.dispatch('incidents.create', { ...fall(client), familyInformedAt: 'vakar' }, ctx)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await core.dispatch('incidents.create', { ...fall(9999) }, ctx)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(databaseSnapshot(core.db)).toBe(before);
  });

  it('keeps incidents from reception: no reading, no writing', async () => {
    const client = insertClient(core.db, { firstName: 'Lidija', lastName: 'Strautiņa' });
    const { incident } = await ok(core, ctx, 'incidents.create', fall(client));
    const reception = staffContext(core, 'reception');
    for (const [method, input] of [
      ['incidents.get', { id: incident.id }],
      ['incidents.list', {}],
      ['incidents.create', fall(client)],
    ] as const) {
      expect(await core.dispatch(method, input, reception)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
  });
});
