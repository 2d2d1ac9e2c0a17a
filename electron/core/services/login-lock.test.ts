import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffAccount } from '#shared/contract/staff';
import { createCore, type Core, type CoreOptions } from '../core';
import { callContext, loggedInCore, validSetup } from '../testing/test-core';
import { createStaff, staffPassword } from '../testing/staff-fixtures';

/*
 * Issue 12, hole 3: failed logins must slow a guesser down without letting him lock anybody out. Before,
 * ten wrong passwords locked the user everywhere and thirty from one address locked that address out,
 * the reception PC and its administrator included.
 */

let core: Core | undefined;
afterEach(() => core?.close());

const from = (c: Core, origin: string, language: 'en' | 'lv' = 'en') => ({ ...callContext(c, language), origin });
const adminLogin = { username: validSetup.admin.username, password: validSetup.admin.password };

async function centre(loginThrottle: CoreOptions['loginThrottle']) {
  const logged = await loggedInCore({ loginThrottle });
  core = logged.core;
  const id = await createStaff(logged.core, logged.ctx, { username: 'ieva', role: 'reception', fullName: 'Ieva Kalniņa', pin: '2468' });
  return { core: logged.core, admin: logged.ctx, id };
}

async function account(c: Core, admin: ReturnType<typeof callContext>, id: number): Promise<StaffAccount | undefined> {
  const list = await c.dispatch('staff.list', {}, admin);
  return list.ok ? (list.data as { staff: StaffAccount[] }).staff.find((s) => s.id === id) : undefined;
}

describe('wrong passwords never lock anyone out for the guesser', () => {
  it('wrong passwords for the administrator from one address leave the PC, and other addresses, able to sign in', async () => {
    const { core } = await centre({ baseMs: 0 });
    for (let i = 0; i < 12; i++) await core.dispatch('auth.login', { ...adminLogin, password: `uzminets-${i}` }, from(core, '10.0.0.66'));
    expect(await core.dispatch('auth.login', adminLogin, from(core, 'ipc'))).toMatchObject({ ok: true });
    expect(await core.dispatch('auth.login', adminLogin, from(core, '10.0.0.7'))).toMatchObject({ ok: true });
  });

  // Thirty-one: one more than the old per-address lockout. Each costs a hash, hence the longer timeout.
  it('wrong passwords over many names from the PC itself do not lock the PC out', { timeout: 90_000 }, async () => {
    const { core } = await centre({ baseMs: 0 });
    for (let i = 0; i < 31; i++) await core.dispatch('auth.login', { username: `nav.${i}`, password: 'nepareiza-parole' }, from(core, '127.0.0.1'));
    expect(await core.dispatch('auth.login', adminLogin, from(core, '127.0.0.1'))).toMatchObject({ ok: true });
    expect(await core.dispatch('auth.login', { username: 'ieva', password: staffPassword }, from(core, '127.0.0.1'))).toMatchObject({ ok: true });
  });

  it('slows down the guessing address with a translated wait, and the staff page shows it until lifted', async () => {
    const { core, admin, id } = await centre({ freeAttempts: 2, baseMs: 30_000 });
    for (let i = 0; i < 2; i++) await core.dispatch('auth.login', { username: 'ieva', password: 'nepareiza-parole' }, from(core, '10.0.0.66'));
    const slowed = await core.dispatch('auth.login', { username: 'ieva', password: staffPassword }, from(core, '10.0.0.66', 'lv'));
    expect(slowed).toMatchObject({ ok: false, error: { kind: 'unauthenticated', code: 'auth.waitSeconds', params: { count: 30 } } });
    expect(slowed.ok ? '' : slowed.error.message).toBe('Pārāk daudz neveiksmīgu mēģinājumu. Mēģiniet vēlreiz pēc 30 sekundēm.');
    expect(await account(core, admin, id)).toMatchObject({ loginThrottled: true, loginLocked: false });

    expect(await core.dispatch('staff.unlockLogin', { id }, admin)).toMatchObject({ ok: true, data: { staff: { loginThrottled: false } } });
    expect(await core.dispatch('auth.login', { username: 'ieva', password: staffPassword }, from(core, '10.0.0.66'))).toMatchObject({ ok: true });
  });
});

describe('the per-user lock, which an administrator lifts', () => {
  it('locks a user after the limit from any addresses, shows it on the staff page and lifts it, audited', async () => {
    const { core, admin, id } = await centre({ baseMs: 0, userLockAfter: 6 });
    for (let i = 0; i < 6; i++) await core.dispatch('auth.login', { username: 'ieva', password: 'nepareiza-parole' }, from(core, `10.0.0.${i}`));
    for (const attempt of [
      () => core.dispatch('auth.login', { username: 'ieva', password: staffPassword }, from(core, 'ipc', 'lv')),
      () => core.dispatch('auth.tileLogin', { staffId: id, password: staffPassword }, from(core, 'ipc')),
      () => core.dispatch('auth.pinLogin', { staffId: id, pin: '2468' }, from(core, 'ipc')),
    ]) expect(await attempt()).toMatchObject({ ok: false, error: { kind: 'unauthenticated', code: 'auth.accountLocked' } });
    expect(await account(core, admin, id)).toMatchObject({ loginLocked: true });
    // The administrator is another user: not affected.
    expect(await core.dispatch('auth.login', adminLogin, from(core, '10.0.0.1'))).toMatchObject({ ok: true });

    const lifted = await core.dispatch('staff.unlockLogin', { id }, admin);
    expect(lifted).toMatchObject({ ok: true, data: { staff: { id, loginLocked: false, loginThrottled: false } } });
    expect(await core.dispatch('auth.login', { username: 'ieva', password: staffPassword }, from(core, '10.0.0.1'))).toMatchObject({ ok: true });

    const trail = core.db.$client
      .prepare("SELECT method, staff_id AS staffId, changes FROM audit_log WHERE entity = 'staff' AND method NOT IN ('setup.initialise', 'staff.create') ORDER BY id")
      .all() as { method: string; staffId: number | null; changes: string }[];
    expect(trail.map((row) => [row.method, row.staffId])).toEqual([
      ['auth.login', null],
      ['staff.unlockLogin', 1],
    ]);
    expect(JSON.parse(trail[1]!.changes)).toMatchObject({ after: { loginLockedAt: null } });
  });

  it('keeps the lock when the app restarts: it is in the database, not only in memory', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caredesk-lock-'));
    try {
      const first = await loggedInCore({ dataDir, loginThrottle: { baseMs: 0, userLockAfter: 2 } });
      const id = await createStaff(first.core, first.ctx, { username: 'ieva', role: 'reception' });
      for (let i = 0; i < 2; i++) await first.core.dispatch('auth.tileLogin', { staffId: id, password: 'nepareiza-parole' }, from(first.core, 'ipc'));
      first.core.close();

      core = createCore({ dataDir });
      const again = await core.dispatch('auth.login', { username: 'ieva', password: staffPassword }, from(core, 'ipc'));
      expect(again).toMatchObject({ ok: false, error: { code: 'auth.accountLocked' } });
    } finally {
      core?.close();
      core = undefined;
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
