import type { i18n } from 'i18next';
import type { UiLanguage } from '#shared/contract/common';
import type { PrintJob } from '#shared/contract/print';
import { createI18n } from '#shared/i18n/create-i18n';
import { printTitle } from '#shared/i18n/print-title';
import { printTitle as keyTitle } from './print-audit';

const instances = new Map<UiLanguage, i18n>();

/**
 * The title the platform's print and save dialogs show and the PDF's suggested file name: a sheet's
 * title in the print language, as its print page shows it; other documents keep their key-based name.
 * Characters Windows refuses in a file name become a hyphen (a translation may one day hold a slash).
 */
export function printFileTitle(job: PrintJob): string {
  let instance = instances.get(job.language);
  if (!instance) {
    instance = createI18n(job.language);
    instances.set(job.language, instance);
  }
  const title = printTitle(job, instance.getFixedT(job.language, 'sheets')) ?? keyTitle(job);
  return title.replace(/[\\/:*?"<>|]/g, '-');
}
