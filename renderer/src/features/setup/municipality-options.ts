import { municipalitiesOf } from '#shared/domain/municipalities';
import type { UiLanguage } from '#shared/contract/common';

/** Municipalities of a country for a select, named for the UI language and sorted by its alphabet. */
export function municipalityOptions(country: 'LV' | 'LT', language: UiLanguage) {
  const collator = new Intl.Collator(language);
  return municipalitiesOf(country)
    .map((m) => ({ value: m.code, label: language === 'ru' ? m.nameRu : m.name }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
