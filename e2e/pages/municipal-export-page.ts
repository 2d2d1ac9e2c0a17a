import { Translated } from './translated';

/** The Municipality export page (`#/municipal-export`) and the price list (`#/prices`). */
export class MunicipalExportPage extends Translated {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('billing:page.title'), exact: true });
  }
  get navLink() {
    return this.page.getByRole('navigation').getByRole('link', { name: this.t('billing:menuTitle'), exact: true });
  }
  get warnings() {
    return this.page.getByTestId('reconcile-warnings').getByRole('listitem');
  }
  warning(key: string) {
    return this.page.locator(`[data-warning="${key}"]`);
  }
  confirmBox(key: string) {
    return this.warning(key).getByRole('checkbox');
  }
  fixLink(key: string) {
    return this.warning(key).getByRole('link', { name: this.t('billing:page.fix'), exact: true });
  }
  get xlsxButton() {
    return this.page.getByRole('button', { name: this.t('billing:page.downloadXlsx'), exact: true });
  }
  get csvButton() {
    return this.page.getByRole('button', { name: this.t('billing:page.downloadCsv'), exact: true });
  }
  get pdfButton() {
    return this.page.getByRole('button', { name: this.t('billing:page.printPdf'), exact: true });
  }
  get totals() {
    return this.page.getByTestId('statement-totals');
  }

  // The price list.
  get pricesHeading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('billing:prices.title'), exact: true });
  }
  get unitSelect() {
    return this.field(this.t('billing:prices.unit'));
  }
  get validFrom() {
    return this.field(this.t('billing:prices.validFrom'));
  }
  get price() {
    return this.field(this.t('billing:prices.price'));
  }
  get addPrice() {
    return this.page.getByRole('button', { name: this.t('billing:prices.add'), exact: true });
  }

  /** Follows a warning's "fix" link to the price list and adds the missing price there. */
  async addMissingPrice(warning: ReturnType<MunicipalExportPage['warning']>, unit: string, from: string, euros: string) {
    await warning.getByRole('link', { name: this.t('billing:page.fix'), exact: true }).click();
    await this.pricesHeading.waitFor();
    await this.unitSelect.selectOption(unit);
    await this.validFrom.fill(from);
    await this.validFrom.press('Tab');
    await this.price.fill(euros);
    await this.addPrice.click();
    await this.page.getByRole('table').getByText(this.t(`billing:units.${unit}`)).waitFor();
  }
}
