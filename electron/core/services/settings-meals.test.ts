import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { loggedInCore } from '../testing/test-core';
import { loginAs } from '../testing/sheet-fixtures';
import { databaseSnapshot } from '../testing/database-snapshot';

let core: Core | undefined;
afterEach(() => core?.close());

const auditOf = (c: Core) => c.db.$client.prepare("SELECT changes FROM audit_log WHERE method = 'settings.update' ORDER BY id").pluck().all();

describe('the meals a centre serves', () => {
  it('start as breakfast, lunch and snack; the administrator changes them, stored in catalogue order and audited', async () => {
    const logged = await loggedInCore();
    core = logged.core;
    expect(await core.dispatch('settings.get', {}, logged.ctx)).toMatchObject({ ok: true, data: { settings: { mealKinds: ['breakfast', 'lunch', 'snack'] } } });

    const changed = await core.dispatch('settings.update', { idleLockMinutes: 5, mealKinds: ['dinner', 'snack', 'lunch', 'lunch'] }, logged.ctx);
    expect(changed).toEqual({ ok: true, data: { settings: { idleLockMinutes: 5, mealKinds: ['lunch', 'snack', 'dinner'] } } });
    expect(auditOf(core)).toEqual([
      JSON.stringify({ before: { mealKinds: ['breakfast', 'lunch', 'snack'] }, after: { mealKinds: ['lunch', 'snack', 'dinner'] } }),
    ]);
    expect(await core.dispatch('settings.get', {}, logged.ctx)).toMatchObject({ ok: true, data: { settings: { mealKinds: ['lunch', 'snack', 'dinner'] } } });
  });

  it('refuses an empty list and a kind outside the catalogue with translated field errors, writing nothing', async () => {
    const logged = await loggedInCore();
    core = logged.core;
    const before = databaseSnapshot(core.db);

    const empty = await core.dispatch('settings.update', { idleLockMinutes: 5, mealKinds: [] }, logged.ctx);
    expect(empty).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['mealKinds'], code: 'field.mealsRequired', message: 'Choose at least one meal.' }] },
    });
    const unknown = await core.dispatch('settings.update', { idleLockMinutes: 5, mealKinds: ['lunch', 'elevenses'] }, { ...logged.ctx, language: 'lv' });
    expect(unknown).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['mealKinds', 1], code: 'field.invalidChoice' }] } });
    expect(databaseSnapshot(core.db)).toBe(before);
    expect(auditOf(core)).toEqual([]);
  });

  it('are known to everyone who records attendance, though only administrators change them', async () => {
    const logged = await loggedInCore();
    core = logged.core;
    await core.dispatch('settings.update', { idleLockMinutes: 5, mealKinds: ['lunch', 'dinner'] }, logged.ctx);
    const reception = await loginAs(core, 'reception', 'Rita Reģistratūra');
    const carer = await loginAs(core, 'carer', 'Kārlis Kopējs');

    expect(await core.dispatch('attendance.day', { date: '2026-03-09' }, reception)).toMatchObject({ ok: true, data: { mealKinds: ['lunch', 'dinner'] } });
    for (const ctx of [reception, carer]) {
      expect(await core.dispatch('auth.me', {}, ctx)).toMatchObject({ ok: true, data: { settings: { mealKinds: ['lunch', 'dinner'] } } });
      expect(await core.dispatch('settings.update', { idleLockMinutes: 5, mealKinds: ['lunch'] }, ctx)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
  });
});
