import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { createCore } from '../core';
import { loggedInCore } from '../testing/test-core';
import { createStaff, loggedInAs } from '../testing/staff-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

type Page = { entries: { id: number; method: string; staffName: string | null; entity: string; changes: unknown }[]; nextBefore: number | null };
const page = (result: { ok: boolean; data?: unknown }) => result.data as Page;

describe('centre settings', () => {
  it('reads and changes the idle lock time, audited, and every user sees it in auth.me', async () => {
    const logged = await loggedInCore();
    core = logged.core;
    const meals = ['breakfast', 'lunch', 'snack'];
    expect(await core.dispatch('settings.get', {}, logged.ctx)).toEqual({ ok: true, data: { settings: { idleLockMinutes: 5, mealKinds: meals } } });
    expect(await core.dispatch('settings.update', { idleLockMinutes: 2, mealKinds: meals }, logged.ctx)).toEqual({ ok: true, data: { settings: { idleLockMinutes: 2, mealKinds: meals } } });
    expect(await core.dispatch('auth.me', {}, logged.ctx)).toMatchObject({ ok: true, data: { settings: { idleLockMinutes: 2 } } });
    const invalid = await core.dispatch('settings.update', { idleLockMinutes: 0, mealKinds: meals }, logged.ctx);
    expect(invalid).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['idleLockMinutes'], code: 'field.tooSmall' }] } });
    const audit = core.db.$client.prepare("SELECT changes FROM audit_log WHERE method = 'settings.update'").pluck().all();
    expect(audit).toEqual([JSON.stringify({ before: { idleLockMinutes: 5 }, after: { idleLockMinutes: 2 } })]);
  });
});

describe('the audit trail', () => {
  it('lists writes newest first with who did them, filters them, and pages by keyset', async () => {
    const logged = await loggedInCore();
    core = logged.core;
    const admin = logged.ctx;
    const managerId = await createStaff(core, admin, { username: 'vaditaja', role: 'manager', fullName: 'Vita Vadītāja' });
    const manager = await loggedInAs(core, 'vaditaja');
    await core.dispatch('auth.setLanguage', { language: 'ru' }, manager);
    await core.dispatch('settings.update', { idleLockMinutes: 7, mealKinds: ['lunch'] }, admin);

    const all = page(await core.dispatch('audit.list', {}, manager));
    expect(all.entries.map((e) => e.method)).toEqual(['settings.update', 'auth.setLanguage', 'staff.create', 'setup.initialise', 'setup.initialise']);
    expect(all.entries[1]).toMatchObject({ staffName: 'Vita Vadītāja', entity: 'staff', changes: { before: { language: 'lv' }, after: { language: 'ru' } } });
    expect(all.nextBefore).toBeNull();

    expect(page(await core.dispatch('audit.list', { staffId: managerId }, manager)).entries.map((e) => e.method)).toEqual(['auth.setLanguage']);
    expect(page(await core.dispatch('audit.list', { entity: 'centre' }, manager)).entries.map((e) => e.method)).toEqual(['settings.update', 'setup.initialise']);
    expect(page(await core.dispatch('audit.list', { method: 'staff.create' }, manager)).entries).toHaveLength(1);
    expect(page(await core.dispatch('audit.list', { from: '2100-01-01T00:00:00.000Z' }, manager)).entries).toEqual([]);
    expect(page(await core.dispatch('audit.list', { to: '2000-01-01T00:00:00.000Z' }, manager)).entries).toEqual([]);

    const first = page(await core.dispatch('audit.list', { limit: 2 }, manager));
    expect(first.entries).toHaveLength(2);
    const second = page(await core.dispatch('audit.list', { limit: 2, before: first.nextBefore! }, manager));
    const third = page(await core.dispatch('audit.list', { limit: 2, before: second.nextBefore! }, manager));
    expect([...first.entries, ...second.entries, ...third.entries].map((e) => e.id)).toEqual(all.entries.map((e) => e.id));
    expect(third.nextBefore).toBeNull();

    const filters = await core.dispatch('audit.filters', {}, manager);
    expect(filters).toMatchObject({ ok: true, data: { staff: [{ fullName: 'Anna Bērziņa' }, { fullName: 'Vita Vadītāja' }], entities: ['centre', 'staff'] } });
  });

  it('cannot be changed through SQL either', () => {
    core = createCore();
    const sqlite = core.db.$client;
    sqlite.prepare("INSERT INTO audit_log (at, method, entity) VALUES ('2026-01-01T00:00:00Z', 'test.write', 'thing')").run();
    expect(() => sqlite.prepare("UPDATE audit_log SET method = 'forged'").run()).toThrow(/append-only/);
  });
});
