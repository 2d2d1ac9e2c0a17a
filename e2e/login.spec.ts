import { expect, test } from './fixtures';
import { tr } from './locales';
import { LoginPage } from './pages/login-page';
import { Shell } from './pages/shell';
import { admin, logIn, setUpAndLogIn, setUpCentre } from './steps';

test.describe('login', () => {
  test('a wrong password is refused with a message in the page language', async ({ page }) => {
    const login = await setUpCentre(page);
    await login.logIn(admin.username, 'not-the-password');
    await expect(login.error).toHaveText(tr('lv', 'errors:auth.wrongCredentials'));

    // The message follows a language switch, and a new attempt answers in the new language.
    await login.switchLanguage('ru');
    await expect(login.error).toHaveText(tr('ru', 'errors:auth.wrongCredentials'));
    await login.logIn(admin.username, 'still-not-the-password');
    await expect(login.error).toHaveText(tr('ru', 'errors:auth.wrongCredentials'));
    await expect(login.heading).toBeVisible();
  });

  test('the right password logs in, and logging out returns to the login page', async ({ page }) => {
    const login = await setUpCentre(page);
    const shell = await logIn(page);
    await shell.logOut();
    await expect(login.heading).toBeVisible();
    await expect(login.username).toBeEmpty();
    await expect(shell.welcome(admin.fullName)).toBeHidden();

    // Reloading does not bring the session back.
    await page.reload();
    await expect(login.heading).toBeVisible();
  });
});

test.describe('HTTP API of the browser host', () => {
  test.beforeEach(({ runtime }) => {
    test.skip(runtime !== 'browser', 'Only the browser host has an HTTP API; Electron uses IPC.');
  });

  test('the session stops opening the API once the user logs out', async ({ page }) => {
    const shell = await setUpAndLogIn(page);
    const before = await page.request.post('/api/auth.me', { data: {} });
    expect(before.status()).toBe(200);
    expect((await before.json()) as unknown).toMatchObject({ ok: true, data: { staff: { username: admin.username } } });

    await shell.logOut();
    await expect(new LoginPage(page, 'lv').heading).toBeVisible();
    const after = await page.request.post('/api/auth.me', { data: {} });
    expect(after.status()).toBe(401);
    expect((await after.json()) as unknown).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated', message: tr('lv', 'errors:kind.unauthenticated') },
    });
  });

  test('scripts get precise errors for unknown methods, bad input and bad requests', async ({ request }) => {
    await test.step('an unknown method is 404 not-found', async () => {
      const response = await request.post('/api/no.such', { data: {} });
      expect(response.status()).toBe(404);
      expect((await response.json()) as unknown).toMatchObject({
        ok: false,
        error: { kind: 'not-found', code: 'method.unknown', message: tr('lv', 'errors:method.unknown', { method: 'no.such' }) },
      });
    });

    await test.step('malformed input is 400 validation, each problem with its field path', async () => {
      const response = await request.post('/api/setup.initialise', {
        data: { centre: { name: 'X', country: 'EE', municipality: 'LV-aizkraukle', language: 'lv' }, admin: { username: 7 } },
        headers: { 'x-caredesk-language': 'en' },
      });
      expect(response.status()).toBe(400);
      const body = (await response.json()) as { ok: boolean; error: { kind: string; message: string; issues: { path: unknown[]; code: string }[] } };
      expect(body.ok).toBe(false);
      expect(body.error.kind).toBe('validation');
      // The caller asked for English.
      expect(body.error.message).toBe(tr('en', 'errors:kind.validation'));
      expect(body.error.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: ['centre', 'name'], code: 'field.tooShort' }),
          expect.objectContaining({ path: ['centre', 'country'], code: 'field.invalidChoice' }),
          expect.objectContaining({ path: ['admin', 'username'], code: 'field.invalidType' }),
          expect.objectContaining({ path: ['admin', 'fullName'], code: 'field.required' }),
          expect.objectContaining({ path: ['admin', 'password'], code: 'field.required' }),
        ]),
      );
    });

    await test.step('a body that is not JSON is 400 validation', async () => {
      // A Buffer goes out as it is; a string would be JSON-encoded by Playwright.
      const response = await request.post('/api/auth.login', { data: Buffer.from('{"username": '), headers: { 'content-type': 'application/json' } });
      expect(response.status()).toBe(400);
      expect((await response.json()) as unknown).toMatchObject({ ok: false, error: { kind: 'validation', code: 'request.invalidJson' } });
    });

    await test.step('another content type is 415', async () => {
      const response = await request.post('/api/auth.login', { data: 'username=a&password=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(response.status()).toBe(415);
      expect((await response.json()) as unknown).toMatchObject({ ok: false, error: { kind: 'validation', code: 'request.jsonOnly' } });
    });

    await test.step('a request from another site is 403', async () => {
      const response = await request.post('/api/setup.status', { data: {}, headers: { origin: 'http://evil.example' } });
      expect(response.status()).toBe(403);
      expect((await response.json()) as unknown).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    });
  });
});

test.describe('demo centre', () => {
  test.use({ demo: true });

  test('opens on the login page and accepts the login the host printed', async ({ page, demoLogin }) => {
    const login = new LoginPage(page, 'lv');
    await expect(login.heading).toBeVisible();
    await login.logIn(demoLogin.username, demoLogin.password);
    await expect(new Shell(page, 'lv').logoutButton).toBeVisible();
  });
});
