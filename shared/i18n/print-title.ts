import type { TFunction } from 'i18next';
import type { PrintJob } from '../contract/print';

/**
 * A printed sheet's title in its own language: the print page's <title>, which Chromium writes into the
 * PDF and offers as its file name, and the file name the desktop app suggests. No personal data: a file
 * outlives the sheet (downloads folder, e-mail), so a session is named by its number. The ISO month or
 * date keeps a folder of sheets in order. Null for a document that is not one of the sheets.
 */
export function printTitle(job: PrintJob, t: TFunction<'sheets'>): string | null {
  const parts = titleParts(job, t);
  return parts && parts.join(' – ');
}

function titleParts(job: PrintJob, t: TFunction<'sheets'>): string[] | null {
  switch (job.document) {
    case 'attendance-sheet':
      return [t('title'), t(`service.${job.service}`), job.month];
    case 'day-list':
      return [t('dayList.title'), job.date];
    case 'session-participants':
      return [t('session.title'), String(job.sessionId)];
    case 'respite-statement':
      return [t('printDocument.respite-statement'), job.month, String(job.carerId)];
    case 'yearly-statistics':
      return [t('printDocument.yearly-statistics'), String(job.year)];
    case 'loan-act':
      return [t('printDocument.loan-act'), String(job.loanId)];
    case 'incident-report':
      return [t('printDocument.incident-report'), String(job.incidentId)];
    case 'statement':
      return [t('printDocument.statement'), job.month, job.payer];
    default:
      return null;
  }
}
