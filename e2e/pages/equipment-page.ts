import { Translated } from './translated';

/** The equipment register (`#/equipment`), its item page and its form. */
export class EquipmentPage extends Translated {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('equipment:register.heading'), exact: true });
  }
  get navLink() {
    return this.page.getByRole('navigation').getByRole('link', { name: this.t('nav.equipment'), exact: true });
  }
  get newItemButton() {
    return this.page.getByRole('link', { name: this.t('equipment:register.newItem'), exact: true });
  }
  formField(key: string) {
    return this.field(this.t(`equipment:field.${key}`));
  }
  get createButton() {
    return this.page.getByRole('button', { name: this.t('equipment:form.create'), exact: true });
  }
  get totals() {
    return this.page.getByTestId('register-totals');
  }
  select(inventoryNumber: string) {
    return this.page.getByRole('checkbox', { name: this.t('equipment:register.select', { number: inventoryNumber }), exact: true });
  }
  get printLabelsButton() {
    return this.page.getByRole('button', { name: new RegExp(`^${this.t('equipment:register.printLabels')}`) });
  }
  get writeOffButton() {
    return this.page.getByRole('button', { name: this.t('equipment:item.writeOff'), exact: true });
  }
  get writeOffRegion() {
    return this.page.getByRole('region', { name: this.t('equipment:writeOff.title'), exact: true });
  }
  get confirmWriteOff() {
    return this.writeOffRegion.getByRole('button', { name: this.t('equipment:writeOff.confirm'), exact: true });
  }
  get labelSheets() {
    return this.page.locator('section.label-sheet');
  }
  get searchBox() {
    return this.page.getByRole('combobox', { name: this.t('clients:search.label'), exact: true });
  }
}
