import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Keeps the window title translated; Electron shows it in the title bar. `refresh` re-applies it on change. */
export function useDocumentTitle(centre: string | null, refresh?: unknown) {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = centre ? t('windowTitleWithCentre', { centre }) : t('windowTitle');
  }, [centre, t, i18n.language, refresh]);
}
