import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tr, type Language } from './locales';
import { ClientsPages } from './pages/clients';
import { Drafts } from './pages/drafts';
import { admin, appToday, setUpAndLogIn } from './steps';
import { containing, expectFullyTranslated } from './text-audit';

/** A client and a decision made through the API with the browser's own session: the set-up, not the subject. */
async function clientWithDecision(page: Page, number: string): Promise<void> {
  const client = await page.request.post('/api/clients.create', { data: { firstName: 'Ona', lastName: 'Petraitienė', language: 'lt', codeCountry: '', personalCode: '' } });
  expect(client.ok(), await client.text()).toBe(true);
  const clientId = ((await client.json()) as { data: { client: { id: number } } }).data.client.id;
  const today = await appToday(page);
  const decision = await page.request.post('/api/decisions.create', {
    data: { clientId, service: 'day-care', payingMunicipality: 'LV-aizkraukle', decisionNumber: number, decisionDate: today, validFrom: today, plannedWeekdays: [1, 2, 3, 4, 5], exemption: 'none' },
  });
  expect(decision.ok(), await decision.text()).toBe(true);
}

/** The offer's sentence in a language, whatever time it names. */
const offerText = (language: Language) => {
  const [before, after] = tr(language, 'common:draft.offer', { time: '§' }).split('§') as [string, string];
  return new RegExp(`${before.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.+${after.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
};

async function openCard(clients: ClientsPages, search: string, name: string): Promise<void> {
  await clients.search.fill(search);
  await expect(clients.searchResult(name)).toBeVisible();
  await clients.page.keyboard.press('Enter');
  await expect(clients.cardHeading(name)).toBeVisible();
}

test.describe('no lost work', () => {
  test('a half-typed client card and decision come back after a crash; a decision entered by mistake is voided, not deleted', async ({ page }) => {
    await setUpAndLogIn(page);
    const clients = new ClientsPages(page, 'lv');
    const drafts = new Drafts(page, 'lv');

    // Half of a new client card, then the page dies (a reload, after the autosave).
    await clients.fillNewClient({ firstName: 'Marta', lastName: 'Kalniņa', code: '120485-12346' });
    await clients.clientField('field.phone').fill('+371 29123456');
    await drafts.waitForDraft('client-new');
    await page.reload();
    await expect(drafts.offer()).toContainText(offerText('lv'));
    await expect(clients.clientField('field.firstName')).toHaveValue('');
    await expectFullyTranslated(page, 'lv');
    await drafts.restoreButton().click();
    await expect(drafts.offer()).toBeHidden();
    await expect(clients.clientField('field.firstName')).toHaveValue('Marta');
    await expect(clients.clientField('field.lastName')).toHaveValue('Kalniņa');
    await expect(clients.personalCode).toHaveValue('120485-12346');
    await expect(clients.clientField('field.phone')).toHaveValue('+371 29123456');
    await clients.registerButton.click();
    await expect(clients.cardHeading('Marta Kalniņa')).toBeVisible();
    await expect.poll(() => drafts.storedKeys()).toEqual([]);

    // Half of a decision, the same crash, the same offer in its dialog.
    const decisions = clients.section('clients:decisions.title');
    const addDecision = decisions.getByRole('button', { name: tr('lv', 'clients:decisions.add') });
    const dialog = page.getByRole('dialog');
    const today = await appToday(page);
    await addDecision.click();
    await clients.clientField('decisions.number', dialog).fill('SD-2026/77');
    await clients.clientField('decisions.date', dialog).fill(today);
    await drafts.waitForDraft('decision-new');
    await page.reload();
    await expect(clients.cardHeading('Marta Kalniņa')).toBeVisible();
    await addDecision.click();
    await drafts.restoreButton(dialog).click();
    await expect(clients.clientField('decisions.number', dialog)).toHaveValue('SD-2026/77');
    await expect(clients.clientField('decisions.date', dialog)).toHaveValue(today.split('-').reverse().join('.')); // shown as Latvian writes it
    await clients.clientField('decisions.validFrom', dialog).fill(today);
    await dialog.getByRole('button', { name: tr('lv', 'clients:actions.save') }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => drafts.storedKeys()).toEqual([]);

    // Entered by mistake: voided with a reason, then struck through with who and why, still listed.
    const row = decisions.getByRole('row').filter({ hasText: 'SD-2026/77' });
    await drafts.voidButton(row).click();
    await drafts.voidReason.fill('x');
    await drafts.confirmVoid.click();
    await expect(drafts.voidReason).toHaveAccessibleDescription(tr('lv', 'errors:field.tooShort', { count: 3 }));
    await drafts.voidReason.fill('Ievadīts nepareizam klientam');
    await drafts.confirmVoid.click();
    await expect(drafts.voidDialog).toBeHidden();
    await expect(row.getByRole('cell').filter({ hasText: 'SD-2026/77' })).toHaveCSS('text-decoration-line', 'line-through');
    await expect(row.getByTestId('voided-note')).toContainText(tr('lv', 'clients:voiding.badge'));
    await expect(row.getByTestId('voided-note')).toContainText(containing(`${admin.fullName}`));
    await expect(row.getByTestId('voided-note')).toContainText('Ievadīts nepareizam klientam');
    await expect(drafts.voidButton(row)).toHaveCount(0);
    await expectFullyTranslated(page, 'lv');
  });

  test('the offer and the voiding speak Lithuanian and Russian', async ({ page }) => {
    const shell = await setUpAndLogIn(page);
    await clientWithDecision(page, 'SD-2026/88');
    await shell.switchLanguage('lt');
    const clients = new ClientsPages(page, 'lt');
    const drafts = new Drafts(page, 'lt');
    await openCard(clients, 'petrait', 'Ona Petraitienė');

    // Closed by mistake: opening the form again offers what was typed, in Lithuanian.
    const decisions = clients.section('clients:decisions.title');
    const dialog = page.getByRole('dialog');
    await decisions.getByRole('button', { name: tr('lt', 'clients:decisions.add') }).click();
    await clients.clientField('decisions.number', dialog).fill('SD-2026/99');
    await drafts.waitForDraft('decision-new');
    await dialog.getByRole('button', { name: tr('lt', 'clients:actions.cancel') }).click();
    await expect(dialog).toBeHidden();
    await decisions.getByRole('button', { name: tr('lt', 'clients:decisions.add') }).click();
    await expect(drafts.offer(dialog)).toContainText(offerText('lt'));
    await expectFullyTranslated(page, 'lt');
    await drafts.discardButton(dialog).click();
    await expect(drafts.offer(dialog)).toBeHidden();
    await expect(clients.clientField('decisions.number', dialog)).toHaveValue('');
    await expect.poll(() => drafts.storedKeys()).toEqual([]);
    await dialog.getByRole('button', { name: tr('lt', 'clients:actions.cancel') }).click();

    // Voiding, in Russian.
    await shell.switchLanguage('ru');
    drafts.language = 'ru';
    clients.language = 'ru';
    const row = clients.section('clients:decisions.title').getByRole('row').filter({ hasText: 'SD-2026/88' });
    await drafts.voidButton(row).click();
    await expect(drafts.voidDialog).toContainText(tr('ru', 'clients:voiding.decisionTitle', { number: 'SD-2026/88' }));
    await expect(drafts.voidDialog).toContainText(tr('ru', 'clients:voiding.explain'));
    await expectFullyTranslated(page, 'ru');
    await drafts.voidReason.fill('Ошибочно внесено');
    await drafts.confirmVoid.click();
    await expect(drafts.voidDialog).toBeHidden();
    await expect(row.getByTestId('voided-note')).toContainText(tr('ru', 'clients:voiding.badge'));
    await expect(row.getByTestId('voided-note')).toContainText('Ошибочно внесено');
    await expectFullyTranslated(page, 'ru');
  });
});
