import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tr, type Language } from './locales';
import { AuditPage } from './pages/audit-page';
import { ClientsPages } from './pages/clients';
import { setUpAndLogIn } from './steps';

/** Issue 13, items 14 (the client list) and 15 (the audit page), in lv, lt and ru. */

async function call(page: Page, method: string, data: object): Promise<{ id: number } & Record<string, unknown>> {
  const response = await page.request.post(`/api/${method}`, { data });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { data: { id: number } & Record<string, unknown> }).data;
}

const spoken: Language[] = ['lv', 'lt', 'ru'];

test.describe('client list and audit trail', () => {
  test('the list has translated column headers and masked codes; the card shows the full code; a duplicate code is reported while typing', async ({ page }) => {
    await setUpAndLogIn(page);
    await call(page, 'clients.create', { firstName: 'Jānis', lastName: 'Bērziņš', codeCountry: 'LV', personalCode: '120485-12346', language: 'lv' });
    await call(page, 'clients.create', { firstName: 'Jonas', lastName: 'Žukauskas', codeCountry: 'LT', personalCode: '34501001235', language: 'lt' });
    const clients = new ClientsPages(page, 'lv');

    for (const language of spoken) {
      if (language !== clients.language) await clients.switchLanguage(language);
      await clients.navLink('nav.clients').click();
      await expect(clients.columnHeaders).toHaveText(
        [tr(language, 'clients:list.name'), tr(language, 'clients:field.personalCode'), tr(language, 'clients:field.birthDate'), tr(language, 'clients:field.phone'), tr(language, 'clients:list.status')],
      );
      await expect(clients.listRows.filter({ hasText: 'Bērziņš' })).toContainText('120485-*****');
      await expect(clients.listRows.filter({ hasText: 'Žukauskas' })).toContainText('3450100****');
      await expect(clients.listTable).not.toContainText('12346');
      // Search results are masked too, even when found by the code's digits.
      await clients.search.fill('120485');
      await expect(clients.searchOptions).toHaveText([/Jānis Bērziņš.*120485-\*\*\*\*\*/]);
      await clients.search.fill('');
    }

    // The administrator's card shows the code in full.
    await clients.listRows.getByRole('link', { name: 'Bērziņš, Jānis' }).click();
    await expect(page.getByText('120485-12346 (LV)')).toBeVisible();

    for (const language of spoken) {
      if (language !== clients.language) await clients.switchLanguage(language);
      await clients.fillNewClient({ firstName: 'Anna', lastName: 'Kalniņa', code: '120485-12346' });
      const alert = clients.codeTakenAlert('Jānis Bērziņš');
      await expect(alert).toBeVisible();
      // Fixed to a free code: the alert goes away without saving.
      await clients.personalCode.fill('050742-12341');
      await expect(alert).toHaveCount(0);
      await clients.personalCode.fill('120485-12346');
      await expect(alert).toBeVisible();
      await clients.personalCode.fill('');
      await expect(alert).toHaveCount(0);
    }
  });

  test('the audit page offers translated record types and names clients, activities and staff', async ({ page }) => {
    const shell = await setUpAndLogIn(page);
    await call(page, 'clients.create', { firstName: 'Jānis', lastName: 'Bērziņš', codeCountry: 'LV', personalCode: '120485-12346', language: 'lv' });
    const activity = await call(page, 'activities.create', { nameLv: 'Dziedāšana', nameLt: 'Dainavimas', nameRu: 'Пение' });
    await call(page, 'sessions.create', { activityId: activity.id, date: '2026-11-26', startTime: '10:00', endTime: '11:00' });
    const audit = new AuditPage(page, 'lv');
    const activityName: Record<string, string> = { lv: 'Dziedāšana', lt: 'Dainavimas', ru: 'Пение' };

    for (const language of spoken) {
      if (language !== shell.language) await shell.switchLanguage(language);
      audit.language = language;
      await page.goto('/#/audit');
      await expect(audit.heading).toBeVisible();
      await expect(page.locator('body')).not.toContainText('returned an object');
      const kind = page.getByRole('combobox', { name: tr(language, 'audit:entityKind'), exact: true });
      await kind.click();
      await expect(page.getByRole('option', { name: tr(language, 'audit:entity.client'), exact: true })).toBeVisible();
      await page.keyboard.press('Escape');

      const record = (entity: string, name: string) => tr(language, 'audit:recordWithName', { entity: tr(language, `audit:entity.${entity}`), name });
      await expect(audit.entries('clients.create')).toContainText(record('client', 'Jānis Bērziņš'));
      await expect(audit.entries('activities.create')).toContainText(record('activity', activityName[language]!));
      // The session names its activity (the record and the changed field), never by its number.
      const session = audit.entries('sessions.create');
      await expect(session).toContainText(record('session', activityName[language]!));
      await expect(session).toContainText(`${tr(language, 'audit:field.activityId')} ${activityName[language]!}`);
      await expect(audit.table).not.toContainText(tr(language, 'audit:recordWithId', { entity: tr(language, 'audit:entity.client'), id: '1' }));
    }
  });
});
