import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core';
import { callContext, loggedInCore, validSetup } from '../testing/test-core';

let core: Core | undefined;
afterEach(() => core?.close());

const auditMethods = (c: Core) => c.db.$client.prepare('SELECT method, entity, changes FROM audit_log ORDER BY id').all() as { method: string; entity: string; changes: string }[];

describe('setup', () => {
  it('reports an empty centre, then sets it up once with its first administrator', async () => {
    core = createCore();
    const ctx = callContext(core);
    expect(await core.dispatch('setup.status', {}, ctx)).toEqual({ ok: true, data: { initialised: false, language: null } });
    expect(await core.dispatch('setup.initialise', validSetup, ctx)).toEqual({
      ok: true,
      data: { initialised: true, recoveryCode: expect.stringMatching(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/) as unknown },
    });
    expect(await core.dispatch('setup.status', {}, ctx)).toEqual({ ok: true, data: { initialised: true, language: 'lv' } });

    const again = await core.dispatch('setup.initialise', validSetup, ctx);
    expect(again).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'setup.alreadyInitialised', message: 'This centre is already set up.' } });

    const staff = core.db.$client.prepare('SELECT username, role, password_hash FROM staff').all() as { password_hash: string }[];
    expect(staff).toHaveLength(1);
    expect(staff[0]).toMatchObject({ username: 'anna.admin', role: 'administrator' });
    expect(staff[0]?.password_hash).toMatch(/^scrypt\$/);
    expect(staff[0]?.password_hash).not.toContain(validSetup.admin.password);

    const audit = auditMethods(core);
    expect(audit.map((a) => [a.method, a.entity])).toEqual([
      ['setup.initialise', 'centre'],
      ['setup.initialise', 'staff'],
    ]);
    expect(audit.map((a) => a.changes).join()).not.toMatch(/scrypt|pareiza-parole/);
  });

  it('refuses a municipality of the other country with a field error', async () => {
    core = createCore();
    const result = await core.dispatch(
      'setup.initialise',
      { ...validSetup, centre: { ...validSetup.centre, country: 'LT' } },
      callContext(core, 'lt'),
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['centre', 'municipality'], code: 'field.municipalityUnknown' }] } });
  });
});

describe('auth', () => {
  it('logs in, answers me, switches language for good, and logs out', async () => {
    const logged = await loggedInCore();
    core = logged.core;
    const { ctx } = logged;
    const me = await core.dispatch('auth.me', {}, ctx);
    expect(me).toMatchObject({ ok: true, data: { staff: { username: 'anna.admin', role: 'administrator', language: 'lv' }, centre: { country: 'LV' } } });
    expect(JSON.stringify(me)).not.toMatch(/scrypt|passwordHash/);

    expect(await core.dispatch('auth.setLanguage', { language: 'ru' }, ctx)).toMatchObject({ ok: true, data: { staff: { language: 'ru' } } });
    expect(auditMethods(core).at(-1)).toMatchObject({ method: 'auth.setLanguage', changes: JSON.stringify({ before: { language: 'lv' }, after: { language: 'ru' } }) });

    expect(await core.dispatch('auth.logout', {}, ctx)).toEqual({ ok: true, data: {} });
    expect(await core.dispatch('auth.me', {}, ctx)).toMatchObject({ ok: false, error: { kind: 'unauthenticated' } });
  });

  it('refuses a wrong password or unknown user with the same translated message', async () => {
    core = createCore({ loginThrottle: { baseMs: 0 } });
    await core.dispatch('setup.initialise', validSetup, callContext(core));
    const wrong = await core.dispatch('auth.login', { username: 'anna.admin', password: 'nepareiza' }, callContext(core, 'lv'));
    const unknown = await core.dispatch('auth.login', { username: 'nav.tads', password: 'nepareiza' }, callContext(core, 'ru'));
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'unauthenticated', code: 'auth.wrongCredentials', message: 'Nepareizs lietotājvārds vai parole.' } });
    expect(unknown).toMatchObject({ ok: false, error: { kind: 'unauthenticated', code: 'auth.wrongCredentials' } });
    expect(unknown.ok ? '' : unknown.error.message).toMatch(/[а-я]/);
  });

  it('accepts the username in any letter case', async () => {
    core = createCore();
    await core.dispatch('setup.initialise', validSetup, callContext(core));
    const ctx = callContext(core);
    expect(await core.dispatch('auth.login', { username: 'Anna.Admin', password: validSetup.admin.password }, ctx)).toMatchObject({ ok: true });
  });
});
