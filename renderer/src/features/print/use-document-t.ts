import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { UiLanguage } from '#shared/contract/common';

export type DocumentT = TFunction<'sheets'>;

/** Printed documents speak the language chosen in the print dialog, whatever the UI language is. */
export function useDocumentT(language: UiLanguage): DocumentT {
  const { i18n } = useTranslation();
  return useMemo(() => i18n.getFixedT(language, 'sheets'), [i18n, language]);
}
