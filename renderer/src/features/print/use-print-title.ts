import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJob } from '#shared/contract/print';
import { printTitle } from '#shared/i18n/print-title';

/**
 * The print page's <title>, in the document's language (not the UI's): Chromium writes it into the PDF
 * and offers it as the file name, and the desktop app suggests the same name (print-file-name.ts).
 */
export function usePrintTitle(job: PrintJob): void {
  const { i18n } = useTranslation();
  const title = printTitle(job, i18n.getFixedT(job.language, 'sheets'));
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
