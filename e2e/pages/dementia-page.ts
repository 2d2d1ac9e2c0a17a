import { Translated } from './translated';

/** The dementia group pages: the list with its form, a group's day, the observation grid, a participant's chart. */
export class DementiaPage extends Translated {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('dementia:title'), exact: true });
  }
  button(key: string) {
    return this.page.getByRole('button', { name: this.t(key), exact: true });
  }
  /** A Mantine Select or MultiSelect by its label; its options are picked with `option`. */
  combobox(key: string) {
    // The open list is labelled by the field too: the input comes first.
    return this.field(this.t(key)).first();
  }
  option(name: string) {
    return this.page.getByRole('option', { name, exact: true });
  }
  participantCard(name: string) {
    return this.page.getByTestId('dementia-participant').filter({ hasText: name });
  }
  /** The observation grid's cell for a scale or text of a participant, named "Mood: Ozola Anna". */
  cell(key: string, name: string) {
    return this.page.getByLabel(`${this.t(key)}: ${name}`, { exact: true });
  }
  get saved() {
    return this.page.getByTestId('observations-saved');
  }
  get chart() {
    return this.page.getByTestId('observation-chart-region');
  }
}
