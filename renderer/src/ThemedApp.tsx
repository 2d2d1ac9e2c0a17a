import { useMemo, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { appTheme, cssVariablesResolver } from './theme';

/** Mantine with the app's theme, rebuilt when the language changes (the theme carries translated labels). */
export function ThemedApp({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const theme = useMemo(() => appTheme(t('actions.close')), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}
