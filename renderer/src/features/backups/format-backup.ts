import type { UiLanguage } from '#shared/contract/common';
import { formatDateTime } from '../../i18n/format';

/** A file size in the reader's units and number format ("1,4 MB"): kilobytes under a megabyte. */
export function formatSize(bytes: number, language: UiLanguage): string {
  const mega = bytes >= 1_000_000;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes / (mega ? 1_000_000 : 1_000));
}

/** When a backup was taken (an ISO instant from the core), in the reader's date and time format. */
export const formatTaken = (iso: string, language: UiLanguage) => formatDateTime(new Date(iso), language);
