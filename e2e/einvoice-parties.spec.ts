import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LoginPage } from './pages/login-page';
import { MunicipalExportPage } from './pages/municipal-export-page';
import { InvoiceDetailsPanel } from './pages/invoice-details-panel';
import { SetupPage } from './pages/setup-page';
import { admin } from './steps';

/** A Lithuanian centre: its e-invoice parties are Lithuanian by default (EAS 0200 / 9937). */
const ltCentre = { name: 'Saulėtekio dienos centras', country: 'LT', municipalitySearch: 'Vilniaus m', municipality: 'Vilniaus miesto savivaldybė', language: 'lt' } as const;

test.use({ testToday: '2026-12-07' });

/** Serious and critical axe findings (WCAG 2.1 A/AA) with the field errors on screen. */
async function seriousFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

for (const language of ['lv', 'lt', 'ru'] as const) {
  test.describe(`e-invoice parties and VAT in the price list (${language})`, () => {
    test('a Lithuanian centre’s seller defaults to Lithuania and 0200, a wrong legal entity code and a standard rate of 0 % are refused at their fields', async ({ page }) => {
      test.setTimeout(120_000);
      const setup = new SetupPage(page, 'lv');
      await expect(setup.heading).toBeVisible();
      await setup.fillCentre(ltCentre);
      await setup.fillAdmin(admin);
      await setup.submit();
      await setup.writeDownRecoveryCode();
      await new LoginPage(page, 'lt').logIn(admin.username, admin.password);
      const exportPage = new MunicipalExportPage(page, 'lt');
      await expect(exportPage.navLink).toBeVisible();
      await exportPage.switchLanguage(language);
      await exportPage.navLink.click();
      await expect(exportPage.heading).toBeVisible();

      const panel = new InvoiceDetailsPanel(page, language);
      // The centre's country chooses the form's country and the registration scheme; the schemes offered are Lithuania's.
      await expect(panel.input('seller', 'country')).toHaveValue('LT');
      await expect(panel.input('seller', 'endpointScheme')).toHaveValue('0200');
      await expect(panel.input('seller', 'endpointScheme').locator('option')).toHaveText([panel.t('reports:invoice.scheme0200'), panel.t('reports:invoice.scheme9937')]);
      await panel.input('seller', 'legalName').fill('VšĮ „Saulėtekio dienos centras“');
      await panel.input('seller', 'registrationNumber').fill('30412345678');
      await panel.input('seller', 'street').fill('Gedimino pr. 9');
      await panel.input('seller', 'city').fill('Vilnius');
      await panel.input('seller', 'postalCode').fill('LT-01103');
      await panel.input('seller', 'iban').fill('LT121000011101001000');
      await panel.save('seller').click();
      await expect(panel.fieldError('seller', 'registrationNumberLt')).toBeVisible();
      expect(await seriousFindings(page)).toEqual([]);
      type Seller = { registrationNumber: string; endpointScheme: string; country: string } | null;
      const parties = async () => ((await (await page.request.post('/api/exports.invoiceParties', { data: {} })).json()) as { data: { seller: Seller } }).data;
      expect((await parties()).seller).toBeNull();
      await panel.input('seller', 'registrationNumber').fill('304123456');
      await panel.save('seller').click();
      await expect(panel.saved('seller')).toHaveText(panel.t('reports:invoice.saved'));
      expect((await parties()).seller).toMatchObject({ registrationNumber: '304123456', endpointScheme: '0200', country: 'LT' });

      // The price list: laundry at the standard rate with 0 % is refused under the rate; 21 % is taken.
      await page.goto('/#/prices');
      await expect(exportPage.pricesHeading).toBeVisible();
      await exportPage.unitSelect.selectOption('laundry');
      await exportPage.validFrom.fill('2026-01-01');
      await exportPage.validFrom.press('Tab');
      await exportPage.price.fill('3');
      await exportPage.field(exportPage.t('billing:prices.vatCategory')).selectOption('S');
      await exportPage.addPrice.click();
      await expect(page.getByText(exportPage.t('errors:field.vatRateZero'), { exact: true })).toBeVisible();
      await expect(exportPage.field(exportPage.t('billing:prices.vatRate'))).toHaveAttribute('aria-invalid', 'true');
      expect(await seriousFindings(page)).toEqual([]);
      await expect(page.getByRole('table')).toHaveCount(0);
      await exportPage.field(exportPage.t('billing:prices.vatRate')).fill('21');
      await exportPage.addPrice.click();
      await expect(page.getByRole('table').getByText(exportPage.t('billing:units.laundry'), { exact: true })).toBeVisible();
      await expect(page.getByText(exportPage.t('errors:field.vatRateZero'), { exact: true })).toHaveCount(0);
    });
  });
}
