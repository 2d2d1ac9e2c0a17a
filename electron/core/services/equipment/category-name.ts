import type { i18n } from 'i18next';
import { listCategories } from '#db/queries/equipment-items';
import type { Executor } from '#db/client';
import type { UiLanguage } from '#shared/contract/common';
import { createI18n } from '#shared/i18n/create-i18n';

const instances = new Map<UiLanguage, i18n>();

function fixedT(language: UiLanguage) {
  let instance = instances.get(language);
  if (!instance) {
    instance = createI18n(language);
    instances.set(language, instance);
  }
  return instance.getFixedT(language, 'equipment');
}

/** Names every category in `language`: built-in ones from the translations, the centre's own from their rows. */
export function categoryNamer(db: Executor, language: UiLanguage): (category: string) => string {
  const t = fixedT(language);
  const custom = new Map(listCategories(db).map((c) => [`custom:${c.id}`, language === 'lt' ? c.nameLt : language === 'ru' ? c.nameRu : c.nameLv]));
  return (category) => custom.get(category) ?? t(`category.${category}` as 'category.other', { defaultValue: category });
}

/** The `equipment` namespace's fixed t in a document language (status names, column headers of exports). */
export function equipmentT(language: UiLanguage) {
  return fixedT(language);
}
