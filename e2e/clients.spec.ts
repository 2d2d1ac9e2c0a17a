import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tr } from './locales';
import { ClientsPages } from './pages/clients';
import { appToday, setUpAndLogIn } from './steps';
import { containing, expectFullyTranslated } from './text-audit';

/** Registers clients through the core's API with the browser's own session (for tests about search). */
async function registerByApi(page: Page, clients: { firstName: string; lastName: string; codeCountry?: string; personalCode?: string; language?: string }[]) {
  for (const client of clients) {
    const response = await page.request.post('/api/clients.create', { data: { language: 'lv', codeCountry: '', personalCode: '', ...client } });
    expect(response.ok(), await response.text()).toBe(true);
  }
}

/** A day counted from the app's today (never the machine's: the suite may run the app on another day). */
const isoInDays = (today: string, days: number) => {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d + days));
  return day.toISOString().slice(0, 10);
};

test.describe('client register', () => {
  test('registers LV legacy, LV new-format and LT day-00 codes; a wrong check digit asks for a reason; a duplicate names its holder', async ({ page }) => {
    await setUpAndLogIn(page);
    const clients = new ClientsPages(page, 'lv');

    // Legacy LV code: the birth date comes from the code and cannot be typed over.
    await clients.fillNewClient({ firstName: 'Jānis', lastName: 'Bērziņš', code: '120485-12346' });
    await expect(clients.codeKind).toHaveValue(tr('lv', 'clients:codeKind.lv-legacy'));
    await expect(clients.birthDate).toHaveValue('12.04.1985'); // as Latvian writes it; the form keeps ISO
    await expect(clients.birthDate).toHaveAttribute('readonly');
    await expectFullyTranslated(page, 'lv');
    await clients.registerButton.click();
    await expect(clients.cardHeading('Jānis Bērziņš')).toBeVisible();
    await expect(page.getByRole('main')).toContainText('120485-12346');

    // New-format LV code: no date in it, so the birth date is typed.
    await clients.fillNewClient({ firstName: 'Līga', lastName: 'Zariņa', code: '32456789019' });
    await expect(clients.codeKind).toHaveValue(tr('lv', 'clients:codeKind.lv-new'));
    await expect(clients.birthDate).not.toHaveAttribute('readonly');
    await clients.birthDate.fill('1950-02-03');
    await clients.registerButton.click();
    await expect(clients.cardHeading('Līga Zariņa')).toBeVisible();

    // Lithuanian code with day 00: valid, birth date unknown.
    await clients.register({ firstName: 'Petras', lastName: 'Petrauskas', country: 'LT', code: '34501001235' });
    await expect(page.getByRole('main')).toContainText('34501001235');

    // A wrong check digit warns as the user types, then asks for a reason, then saves.
    await clients.fillNewClient({ firstName: 'Pēteris', lastName: 'Ozols', code: '050742-12342' });
    await expect(page.getByRole('status').filter({ hasText: tr('lv', 'errors:personalCode.checksum') })).toBeVisible();
    await clients.registerButton.click();
    await expect(clients.overrideDialog).toBeVisible();
    await clients.clientField('override.reason', clients.overrideDialog).fill('Pārbaudīts pasē, kods sakrīt');
    await clients.overrideDialog.getByRole('button', { name: tr('lv', 'clients:override.confirm') }).click();
    await expect(clients.cardHeading('Pēteris Ozols')).toBeVisible();

    // The same code again is reported while typing, and refused on saving, naming who holds it; nothing else happens.
    await clients.fillNewClient({ firstName: 'Anna', lastName: 'Kalniņa', code: '12048512346' });
    const taken = tr('lv', 'errors:clients.duplicateCode', { name: 'Jānis Bērziņš' });
    await expect(clients.codeTakenAlert('Jānis Bērziņš')).toBeVisible();
    await clients.registerButton.click();
    await expect(page.getByRole('alert')).toHaveText([taken, taken]);

    // An impossible date in a code is an error at the field.
    await clients.personalCode.fill('310285-12345');
    await expect(clients.personalCode).toHaveAccessibleDescription(containing(tr('lv', 'errors:personalCode.date')));
  });

  test('finds people by any spelling, script or code digits from the header search, and sorts the list in Latvian', async ({ page }) => {
    await setUpAndLogIn(page);
    await registerByApi(page, [
      { firstName: 'Jānis', lastName: 'Bērziņš', codeCountry: 'LV', personalCode: '120485-12346' },
      { firstName: 'Иван', lastName: 'Иванов', language: 'ru' },
      { firstName: 'Aleksandrs', lastName: 'Ivanovs' },
      { firstName: 'Jonas', lastName: 'Žukauskas', codeCountry: 'LT', personalCode: '34501001235', language: 'lt' },
      { firstName: 'Zenta', lastName: 'Apsīte' },
      { firstName: 'Ausma', lastName: 'Ābele' },
      { firstName: 'Kārlis', lastName: 'Čakste' },
      { firstName: 'Rita', lastName: 'Cīrule' },
    ]);
    const clients = new ClientsPages(page, 'lv');

    await page.keyboard.press('Control+k');
    await expect(clients.search).toBeFocused();
    await clients.search.fill('berzins');
    await expect(clients.searchResult('Jānis Bērziņš')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(clients.cardHeading('Jānis Bērziņš')).toBeVisible();

    // '/' works from anywhere but a text field.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('/');
    await expect(clients.search).toBeFocused();
    await clients.search.fill('ivanov');
    await expect(clients.searchOptions).toHaveText([/Aleksandrs Ivanovs/, /Иван Иванов/]);
    await clients.search.fill('Ivanovs');
    await expect(clients.searchOptions).toHaveText([/Aleksandrs Ivanovs/, /Иван Иванов/]);
    await clients.search.fill('žukausk');
    await expect(clients.searchOptions).toHaveText([/Jonas Žukauskas/]);
    await clients.search.fill('8512');
    await expect(clients.searchOptions).toHaveText([/Jānis Bērziņš/]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(clients.cardHeading('Jānis Bērziņš')).toBeVisible();

    await clients.navLink('nav.clients').click();
    await expect(clients.listRows).toHaveCount(8);
    await expect(clients.listRows.getByRole('link')).toHaveText([
      'Apsīte, Zenta', 'Ābele, Ausma', 'Bērziņš, Jānis', 'Cīrule, Rita', 'Čakste, Kārlis', 'Ivanovs, Aleksandrs', 'Žukauskas, Jonas', 'Иванов, Иван',
    ]);
    await expectFullyTranslated(page, 'lv');
  });

  test('a decision ending in 20 days shows on the dashboard; a Barthel total is computed from its items', async ({ page }) => {
    await setUpAndLogIn(page);
    await registerByApi(page, [{ firstName: 'Jānis', lastName: 'Bērziņš', codeCountry: 'LV', personalCode: '120485-12346' }]);
    const inDays = isoInDays.bind(null, await appToday(page));
    const clients = new ClientsPages(page, 'lv');
    await clients.search.fill('bērz');
    await expect(clients.searchResult('Jānis Bērziņš')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(clients.cardHeading('Jānis Bērziņš')).toBeVisible();

    const decisions = clients.section('clients:decisions.title');
    await decisions.getByRole('button', { name: tr('lv', 'clients:decisions.add') }).click();
    const dialog = page.getByRole('dialog');
    await clients.clientField('decisions.number', dialog).fill('SD-2026/14');
    await clients.clientField('decisions.date', dialog).fill(inDays(-40));
    await clients.clientField('decisions.validFrom', dialog).fill(inDays(-30));
    // Ending before it starts is refused at the field, with nothing saved.
    await clients.clientField('decisions.validTo', dialog).fill(inDays(-31));
    await dialog.getByRole('button', { name: tr('lv', 'clients:actions.save') }).click();
    await expect(clients.clientField('decisions.validTo', dialog)).toHaveAccessibleDescription(tr('lv', 'errors:field.decisionEndsBeforeStart'));
    await clients.clientField('decisions.validTo', dialog).fill(inDays(20));
    await dialog.getByRole('button', { name: tr('lv', 'clients:actions.save') }).click();
    await expect(dialog).toBeHidden();
    await expect(decisions).toContainText(tr('lv', 'clients:decisions.expiresIn', { count: 20 }));

    const assessments = clients.section('clients:assessments.title');
    await assessments.getByRole('button', { name: tr('lv', 'clients:assessments.add') }).click();
    const scores = { bowels: 2, bladder: 1, grooming: 1, toiletUse: 1, feeding: 2, transfer: 2, mobility: 3, dressing: 1, stairs: 0, bathing: 0 };
    for (const [item, score] of Object.entries(scores)) {
      await clients.clientField(`barthel.${item}`, dialog).selectOption(String(score));
    }
    await expect(dialog.getByTestId('barthel-total')).toHaveText(tr('lv', 'clients:assessments.total', { total: 13, max: 20 }));
    await dialog.getByRole('button', { name: tr('lv', 'clients:actions.save') }).click();
    await expect(dialog).toBeHidden();
    await expect(assessments).toContainText(tr('lv', 'clients:assessments.total', { total: 13, max: 20 }));

    await clients.navLink('nav.home').click();
    const widget = page.getByRole('region', { name: tr('lv', 'clients:expiring.title', { count: 30 }) });
    await expect(widget).toContainText('Jānis Bērziņš');
    await expect(widget).toContainText(tr('lv', 'clients:decisions.expiresIn', { count: 20 }));
    await expectFullyTranslated(page, 'lv');
  });

  test('speaks Lithuanian and Russian: code check, search and list order', async ({ page }) => {
    const shell = await setUpAndLogIn(page);
    await registerByApi(page, [
      { firstName: 'Jonas', lastName: 'Žukauskas', codeCountry: 'LT', personalCode: '34501001235', language: 'lt' },
      { firstName: 'Ona', lastName: 'Čepaitė', language: 'lt' },
      { firstName: 'Rūta', lastName: 'Cibulskienė', language: 'lt' },
      { firstName: 'Мария', lastName: 'Петрова', language: 'ru' },
      { firstName: 'Olga', lastName: 'Petrova', language: 'ru' },
    ]);
    await shell.switchLanguage('lt');
    const clients = new ClientsPages(page, 'lt');
    await clients.fillNewClient({ firstName: 'Stasys', lastName: 'Butkus', country: 'LT', code: '34501001236' });
    await expect(clients.codeKind).toHaveValue(tr('lt', 'clients:codeKind.lt'));
    await expect(page.getByRole('status').filter({ hasText: tr('lt', 'errors:personalCode.checksum') })).toBeVisible();
    await clients.search.fill('zukauskas');
    await expect(clients.searchOptions).toHaveText([/Jonas Žukauskas/]);
    await clients.navLink('nav.clients').click();
    await expect(clients.listRows.getByRole('link')).toHaveText(['Cibulskienė, Rūta', 'Čepaitė, Ona', 'Petrova, Olga', 'Žukauskas, Jonas', 'Петрова, Мария']);
    await expectFullyTranslated(page, 'lt');

    await clients.switchLanguage('ru');
    await clients.search.fill('петров');
    await expect(clients.searchOptions).toHaveText([/Мария Петрова/, /Olga Petrova/]);
    // Russian has no letter Č: it sorts with C, and Cyrillic comes first.
    await expect(clients.listRows.getByRole('link')).toHaveText(['Петрова, Мария', 'Čepaitė, Ona', 'Cibulskienė, Rūta', 'Petrova, Olga', 'Žukauskas, Jonas']);
    await expectFullyTranslated(page, 'ru');
  });
});
