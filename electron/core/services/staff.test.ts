import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { callContext, loggedInCore } from '../testing/test-core';
import { createStaff, loggedInAs, staffPassword } from '../testing/staff-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

async function setUp() {
  const logged = await loggedInCore({ loginThrottle: { baseMs: 0 } });
  core = logged.core;
  return { core: logged.core, admin: logged.ctx };
}

const sessionsOf = (c: Core, staffId: number) => c.db.$client.prepare('SELECT count(*) FROM staff_session WHERE staff_id = ?').pluck().get(staffId);

describe('staff accounts', () => {
  it('creates, lists and edits accounts, never showing a hash, and audits each write', async () => {
    const { core, admin } = await setUp();
    const created = await core.dispatch(
      'staff.create',
      { username: 'Ieva.K', fullName: 'Ieva Kalniņa', role: 'reception', language: 'ru', password: staffPassword, pin: '2468' },
      admin,
    );
    expect(created).toMatchObject({ ok: true, data: { staff: { username: 'ieva.k', role: 'reception', active: true, hasPin: true, pinLocked: false } } });
    const id = created.ok ? (created.data as { staff: { id: number } }).staff.id : 0;

    const updated = await core.dispatch('staff.update', { id, fullName: 'Ieva Kalniņa-Ozola', role: 'carer', language: 'lv', active: true }, admin);
    expect(updated).toMatchObject({ ok: true, data: { staff: { fullName: 'Ieva Kalniņa-Ozola', role: 'carer' } } });

    const list = await core.dispatch('staff.list', {}, admin);
    expect(list.ok && (list.data as { staff: unknown[] }).staff).toHaveLength(2);
    expect(JSON.stringify(list)).not.toMatch(/scrypt|hash/i);

    const audit = core.db.$client.prepare("SELECT method, entity_id, changes FROM audit_log WHERE method LIKE 'staff.%' ORDER BY id").all() as { method: string; changes: string }[];
    expect(audit.map((a) => a.method)).toEqual(['staff.create', 'staff.update']);
    expect(JSON.parse(audit[1]!.changes)).toEqual({
      before: { fullName: 'Ieva Kalniņa', role: 'reception', language: 'ru' },
      after: { fullName: 'Ieva Kalniņa-Ozola', role: 'carer', language: 'lv' },
    });
    expect(audit.map((a) => a.changes).join()).not.toMatch(/scrypt|2468|kopīga/);
  });

  it('refuses a taken username (any letter case) with a translated conflict, writing nothing', async () => {
    const { core, admin } = await setUp();
    const result = await core.dispatch(
      'staff.create',
      { username: 'ANNA.ADMIN', fullName: 'Cita Anna', role: 'carer', language: 'lv', password: staffPassword, pin: null },
      { ...admin, language: 'lv' },
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'staff.usernameTaken', message: 'Lietotājvārds “anna.admin” jau ir aizņemts.' } });
    expect(core.db.$client.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(1);
  });

  it('keeps the last active administrator: no demotion, no deactivation; another admin lifts the rule', async () => {
    const { core, admin } = await setUp();
    const self = { id: 1, fullName: 'Anna Bērziņa', language: 'lv' as const };
    for (const change of [{ role: 'manager' as const, active: true }, { role: 'administrator' as const, active: false }]) {
      const result = await core.dispatch('staff.update', { ...self, ...change }, { ...admin, language: 'ru' });
      expect(result).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'staff.lastAdministrator' } });
      expect(result.ok ? '' : result.error.message).toMatch(/администратор/);
    }
    await createStaff(core, admin, { username: 'otra.admin', role: 'administrator' });
    expect(await core.dispatch('staff.update', { ...self, role: 'manager', active: true }, admin)).toMatchObject({ ok: true });
  });

  it('ends a deactivated user’s sessions at once, and their PIN and password stop working', async () => {
    const { core, admin } = await setUp();
    const id = await createStaff(core, admin, { username: 'maris', role: 'reception', fullName: 'Māris Ozols', pin: '1357' });
    const maris = await loggedInAs(core, 'maris');
    expect(sessionsOf(core, id)).toBe(1);

    await core.dispatch('staff.update', { id, fullName: 'Māris Ozols', role: 'reception', language: 'lv', active: false }, admin);
    expect(sessionsOf(core, id)).toBe(0);
    expect(await core.dispatch('auth.me', {}, maris)).toMatchObject({ ok: false, error: { kind: 'unauthenticated' } });
    expect(await core.dispatch('auth.pinLogin', { staffId: id, pin: '1357' }, callContext(core))).toMatchObject({ ok: false, error: { code: 'auth.wrongPin' } });
    expect(await core.dispatch('auth.login', { username: 'maris', password: staffPassword }, callContext(core))).toMatchObject({ ok: false });
    const tiles = await core.dispatch('auth.tiles', {}, callContext(core));
    expect(tiles.ok && (tiles.data as { tiles: { id: number }[] }).tiles.map((t) => t.id)).toEqual([1]);
  });

  it('resets a password: the old one stops working and the user’s sessions end', async () => {
    const { core, admin } = await setUp();
    const id = await createStaff(core, admin, { username: 'liga', role: 'carer' });
    await loggedInAs(core, 'liga');
    expect(await core.dispatch('staff.resetPassword', { id, password: 'jauna-parole-77' }, admin)).toEqual({ ok: true, data: {} });
    expect(sessionsOf(core, id)).toBe(0);
    expect(await core.dispatch('auth.login', { username: 'liga', password: staffPassword }, callContext(core))).toMatchObject({ ok: false });
    expect(await core.dispatch('auth.login', { username: 'liga', password: 'jauna-parole-77' }, callContext(core))).toMatchObject({ ok: true });
  });

  it('answers not-found for an account that does not exist', async () => {
    const { core, admin } = await setUp();
    expect(await core.dispatch('staff.setPin', { id: 999, pin: null }, admin)).toMatchObject({ ok: false, error: { kind: 'not-found', code: 'staff.notFound' } });
  });
});
