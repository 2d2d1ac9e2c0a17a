import { Translated } from './translated';

/** Two items of the built-in programme catalogue, as each language names them. */
export const programmeItemNames = { lv: ['Atmiņu terapija', 'Pastaiga'], lt: ['Prisiminimų terapija', 'Pasivaikščiojimas'], ru: ['Терапия воспоминаниями', 'Прогулка'] } as const;

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
  /** Fills the weekly template on the group's page with these slots and programme items, then saves it. */
  async saveTemplate(slots: readonly { from: string; to: string; item: string }[]) {
    const template = this.page.getByRole('group', { name: this.t('dementia:template.title'), exact: true });
    for (const [i, { from, to, item }] of slots.entries()) {
      await template.getByRole('button', { name: this.t('dementia:programme.add'), exact: true }).click();
      await template.getByLabel(`${this.t('dementia:programme.start')} ${i + 1}`, { exact: true }).fill(from);
      await template.getByLabel(`${this.t('dementia:programme.end')} ${i + 1}`, { exact: true }).fill(to);
      await template.getByLabel(`${this.t('dementia:programme.item')} ${i + 1}`, { exact: true }).first().click();
      await this.option(item).click();
    }
    await this.button('dementia:template.save').click();
  }
}
