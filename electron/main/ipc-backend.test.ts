import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '#core/core';
import { validSetup } from '#core/testing/test-core';
import { fixedSession } from '#core/call-context';
import type { UiLanguage } from '#shared/contract/common';
import { createIpcBackend, type IpcBackend, type IpcSender } from './ipc-backend';

const appIndexUrl = 'file:///opt/CareDesk/resources/app.asar/dist/renderer/index.html';
const windowA: IpcSender = { webContentsId: 1, frameUrl: `${appIndexUrl}#/`, isMainFrame: true, isOurWindow: true };
const windowB: IpcSender = { ...windowA, webContentsId: 2 };
const login = { username: validSetup.admin.username, password: validSetup.admin.password };

let core: Core;
let backend: IpcBackend;
let languages: UiLanguage[];

beforeEach(async () => {
  core = createCore();
  // A set-up centre is all these tests need (the demo's months of records only cost time).
  const setup = await core.dispatch('setup.initialise', validSetup, { session: fixedSession(null), language: 'lv', origin: 'test' });
  if (!setup.ok) throw new Error(`setup failed: ${setup.error.code}`);
  languages = [];
  backend = createIpcBackend({ core, appIndexUrl, onLanguage: (language) => languages.push(language) });
});
afterEach(() => core.close());

describe('the IPC backend', () => {
  it('keeps a session per window, in main only', async () => {
    const result = await backend.call(windowA, 'auth.login', login, 'lv');
    expect(result).toMatchObject({ ok: true, data: { staff: { username: validSetup.admin.username } } });
    expect(JSON.stringify(result)).not.toMatch(/token/i);

    expect(await backend.call(windowA, 'auth.me', {}, 'lv')).toMatchObject({ ok: true });
    expect(await backend.call(windowB, 'auth.me', {}, 'lv')).toMatchObject({ ok: false, error: { kind: 'unauthenticated' } });
    expect(backend.isLoggedIn(1)).toBe(true);
    expect(backend.isLoggedIn(2)).toBe(false);
  });

  it('signs a hidden print window in with a session begun in main, and ends it with the window', async () => {
    const adminId = (core.db.$client.prepare('SELECT id FROM staff LIMIT 1').get() as { id: number }).id;
    const token = core.sessions.begin(adminId);
    backend.adopt(2, token);
    expect(await backend.call(windowB, 'auth.me', {}, 'lv')).toMatchObject({ ok: true, data: { staff: { username: validSetup.admin.username } } });
    expect(backend.isLoggedIn(1)).toBe(false);
    backend.drop(2);
    expect(core.sessions.resolve(token)).toBeNull();
  });

  it('ends the session on logout and when the window goes away', async () => {
    await backend.call(windowA, 'auth.login', login, 'lv');
    await backend.call(windowA, 'auth.logout', {}, 'lv');
    expect(backend.isLoggedIn(1)).toBe(false);

    await backend.call(windowA, 'auth.login', login, 'lv');
    backend.drop(1);
    expect(await backend.call(windowA, 'auth.me', {}, 'lv')).toMatchObject({ ok: false, error: { kind: 'unauthenticated' } });
  });

  it('refuses iframes, foreign windows and pages that are not the app', async () => {
    for (const sender of [
      { ...windowA, isMainFrame: false },
      { ...windowA, isOurWindow: false },
      { ...windowA, frameUrl: 'https://evil.example/' },
      { ...windowA, frameUrl: null },
    ]) {
      await expect(backend.call(sender, 'auth.login', login, 'lv')).rejects.toThrow(/refused/);
    }
    expect(backend.isLoggedIn(1)).toBe(false);
  });

  it('lets the dispatcher answer unknown methods, in the caller’s language', async () => {
    const result = await backend.call(windowA, 'clients.delete', {}, 'en');
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found', code: 'method.unknown', message: expect.stringMatching(/Unknown/) as unknown } });
    expect(await backend.call(windowA, 42, {}, 'en')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('ignores a language that is not a UI language, and reports valid ones', async () => {
    const result = await backend.call(windowA, 'auth.me', {}, 'de');
    expect(result).toMatchObject({ ok: false, error: { message: expect.not.stringMatching(/Please log in/) as unknown } });
    await backend.call(windowA, 'auth.me', {}, 'ru');
    expect(languages).toEqual(['ru']);
  });
});
