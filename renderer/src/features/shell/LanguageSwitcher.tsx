import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '#shared/contract/common';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { useLanguage } from '../../i18n/use-language';

/** Always visible. Codes rather than names, so the control reads the same in every language. */
export function LanguageSwitcher({ onChange }: { onChange: (language: UiLanguage) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div role="group" aria-label={t('language.label')}>
      <VisuallyHidden>{t('language.label')}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        value={language}
        onChange={(value) => isUiLanguage(value) && onChange(value)}
        data={uiLanguages.map((code) => ({
          value: code,
          label: <span title={t(`language.${code}`)} aria-label={t(`language.${code}`)}>{code.toUpperCase()}</span>,
        }))}
      />
    </div>
  );
}
