import { useMemo, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/lv';
import 'dayjs/locale/lt';
import 'dayjs/locale/ru';
import { useTranslation } from 'react-i18next';
import { appTheme, cssVariablesResolver } from './theme';
import { useLanguage } from './i18n/use-language';

/**
 * Mantine with the app's theme, rebuilt when the language changes (the theme carries translated labels),
 * and the date pickers' month and weekday names in the UI language, weeks starting on Monday.
 */
export function ThemedApp({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const theme = useMemo(() => appTheme(t('actions.close')), [t]);
  const language = useLanguage();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>{children}</DatesProvider>
    </MantineProvider>
  );
}
