import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tr } from './locales';
import { LoginPage } from './pages/login-page';
import { Shell } from './pages/shell';

/**
 * Issue 13, item 12: every page, in every language, has no serious or critical axe finding (WCAG 2.1
 * A and AA rules). The demo centre gives each page real content: rows, badges, dialogs.
 */
test.use({ demo: true, demoDate: '2026-11-23' });

/** The serious and critical findings on the page as it is now, one line each (rule: element). */
async function seriousFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.html.slice(0, 160)} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

/** The pages a logged-in administrator reaches, by address. */
const routes = ['/', '/board', '/sessions', '/clients', '/clients/new', '/clients/1', '/sheets', '/calendar', '/audit', '/staff', '/staff/new', '/settings', '/loans', '/bookings', '/print/loan-act/1', '/municipal-export', '/prices', '/yearly-statistics', '/print/yearly-statistics/2025', '/print/attendance/2026-11?service=day-care', '/print/day/2026-11-20', '/equipment', '/equipment/new', '/equipment/1', '/print/equipment-durability/ENI-LLB-1-031', '/equipment-due', '/print/equipment-due', '/equipment/1/maintenance', '/equipment/1/usage', '/print/equipment-labels?ids=1,2,3&layout=3x8&start=2'];

for (const language of ['lv', 'lt', 'ru'] as const) {
  test(`${language}: no serious or critical accessibility finding on any page`, async ({ page, demoLogin }) => {
    test.setTimeout(180_000);
    const login = new LoginPage(page, 'lv');
    await expect(login.heading).toBeVisible();
    if (language !== 'lv') await login.switchLanguage(language);
    const findings: Record<string, string[]> = { login: await seriousFindings(page) };
    // The login page has its main landmark (axe rates its absence "moderate", so it is checked by name).
    await expect(page.getByRole('main')).toBeVisible();
    await new LoginPage(page, language).logIn(demoLogin.username, demoLogin.password);
    // Signed in, the app speaks the user's own language (Latvian for the demo administrator); switch again.
    const shell = new Shell(page, 'lv');
    await expect(shell.mainMenu).toBeVisible();
    if (language !== 'lv') await shell.switchLanguage(language);
    for (const route of routes) {
      await page.goto(`/#${route}`);
      // Settled: the page's heading shows and nothing is loading any more.
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.getByLabel(tr(language, 'status.loading'))).toHaveCount(0);
      findings[route] = await seriousFindings(page);
    }
    const answer = async <T,>(method: string, data: unknown): Promise<T> => ((await (await page.request.post(`/api/${method}`, { data })).json()) as { data: T }).data;
    // Incidents and respite hours (issue 14): the demo's first report, its print, and a carer's statement of the month.
    const respite = await answer<{ rows: { carerId: number }[] }>('respite.month', { month: '2026-11' });
    for (const route of ['/incidents', '/incidents/1', '/print/incident/1', '/respite', `/print/respite/2026-11/${respite.rows[0]?.carerId}`]) {
      await page.goto(`/#${route}`);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.getByLabel(tr(language, 'status.loading'))).toHaveCount(0);
      findings[route] = await seriousFindings(page);
    }
    // The dementia group pages (issue 14) need ids from the demo: the first group, a participant and a past day.
    const group = await answer<{ members: { clientId: number }[] }>('dementia.groups.get', { id: 1 });
    const day = await answer<{ sessionId: number | null }>('dementia.day', { groupId: 1, date: '2026-11-16' });
    const participant = group.members[0]?.clientId;
    for (const route of ['/dementia', '/dementia/1', `/dementia/sessions/${day.sessionId}/observations`, `/dementia/clients/${participant}`, `/print/observations/${participant}`]) {
      await page.goto(`/#${route}`);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.getByLabel(tr(language, 'status.loading'))).toHaveCount(0);
      findings[route] = await seriousFindings(page);
    }
    // A dialog: the absence reasons on the day board.
    await page.goto('/#/board');
    await page.getByRole('button', { name: tr(language, 'board:action.absent') }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    findings['absence dialog'] = await seriousFindings(page);
    await page.keyboard.press('Escape');
    // The lock screen with the staff tiles.
    await shell.switchUserButton.click();
    await expect(page.getByTestId('staff-tile').first()).toBeVisible();
    findings['lock screen'] = await seriousFindings(page);

    expect(Object.fromEntries(Object.entries(findings).filter(([, list]) => list.length > 0))).toEqual({});
  });
}
