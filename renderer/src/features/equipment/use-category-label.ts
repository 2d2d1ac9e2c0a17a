import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/contract/common';
import type { EquipmentCategory } from '#shared/contract/equipment';
import { useCall } from '../../api/use-call';
import { useLanguage } from '../../i18n/use-language';

export function customCategoryName(category: EquipmentCategory, language: UiLanguage): string {
  return language === 'lt' ? category.nameLt : language === 'ru' ? category.nameRu : category.nameLv;
}

/** Names a category code in the UI language: built-in codes from the translations, the centre's own from their rows. */
export function useCategories() {
  const { t } = useTranslation('equipment');
  const language = useLanguage();
  const categories = useCall('equipment.categories.list', {}, { staleTime: 60_000 });
  const custom = categories.data?.custom ?? [];
  const options = [
    ...(categories.data?.builtin ?? []).map((code) => ({ value: code, label: t(`category.${code}`) })),
    ...custom.map((c) => ({ value: `custom:${c.id}`, label: customCategoryName(c, language) })),
  ];
  const byCode = new Map(options.map((o) => [o.value, o.label]));
  return { options, label: (code: string) => byCode.get(code) ?? code };
}
