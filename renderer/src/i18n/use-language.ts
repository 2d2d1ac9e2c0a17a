import { useTranslation } from 'react-i18next';
import { isUiLanguage, defaultLanguage } from '#shared/i18n/create-i18n';
import type { UiLanguage } from '#shared/contract/common';

export function useLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return isUiLanguage(i18n.language) ? i18n.language : defaultLanguage;
}
