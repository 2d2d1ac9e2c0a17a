import { Translated } from './translated';

/** The e-invoice details on the Municipality export page: the centre as seller and a municipality as buyer. */
export class InvoiceDetailsPanel extends Translated {
  form(role: 'seller' | 'buyer') {
    return this.page.getByRole('form', { name: this.t(`reports:invoice.${role}`), exact: true });
  }
  /** A field of the party's form by its label (the required mark allowed). */
  input(role: 'seller' | 'buyer', key: string) {
    const label = this.t(`reports:invoice.${key}`);
    return this.form(role).getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`));
  }
  save(role: 'seller' | 'buyer') {
    return this.form(role).getByRole('button', { name: this.t('reports:invoice.save'), exact: true });
  }
  saved(role: 'seller' | 'buyer') {
    return this.form(role).getByRole('status');
  }
  /** The translated field error `errors:field.<key>` inside the party's form. */
  fieldError(role: 'seller' | 'buyer', key: string) {
    return this.form(role).getByText(this.t(`errors:field.${key}`), { exact: true });
  }
}
