import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import type { Language } from './locales';
import { LoginPage } from './pages/login-page';
import { SetupPage, type AdminDetails, type CentreDetails } from './pages/setup-page';
import { Shell } from './pages/shell';

/** Steps most specs start with: set up a fresh centre, log in as its administrator. */

export const centre: CentreDetails = {
  name: 'Pļaviņu dienas centrs',
  country: 'LV',
  municipalitySearch: 'Aizkr',
  municipality: 'Aizkraukles novads',
  language: 'lv',
};

export const admin: AdminDetails = {
  fullName: 'Anna Bērziņa',
  username: 'anna.berzina',
  password: 'Saulains-rīts-2026',
};

/** Fills in and sends the first-run form; returns the login page it leads to. */
export async function setUpCentre(page: Page, language: Language = 'lv'): Promise<LoginPage> {
  const setup = new SetupPage(page, language);
  await expect(setup.heading).toBeVisible();
  await setup.fillCentre(centre);
  await setup.fillAdmin(admin);
  await setup.submit();
  await setup.writeDownRecoveryCode();
  const login = new LoginPage(page, language);
  await expect(login.heading).toBeVisible();
  return login;
}

/** Logs in as the administrator from the login page; returns the app shell (the day board opens first). */
export async function logIn(page: Page, language: Language = 'lv'): Promise<Shell> {
  const login = new LoginPage(page, language);
  await login.logIn(admin.username, admin.password);
  const shell = new Shell(page, language);
  await expect(shell.mainMenu).toBeVisible();
  return shell;
}

export async function setUpAndLogIn(page: Page): Promise<Shell> {
  await setUpCentre(page);
  return logIn(page);
}

/** The app's "today" (its clock, which a test may have moved), read through the logged-in page's session. */
export async function appToday(page: Page): Promise<string> {
  const response = await page.request.post('/api/clock.now', { data: {} });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { data: { today: string } }).data.today;
}
