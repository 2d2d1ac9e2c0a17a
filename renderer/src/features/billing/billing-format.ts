import type { UiLanguage } from '#shared/contract/common';
import type { ReconcileWarning } from '#shared/contract/billing';
import { previousMonth } from '#shared/domain/month';
import { formatDate } from '../../i18n/format';

/** "marts 2026" in the UI language. */
export function monthLabel(month: string, language: UiLanguage): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric' }).format(new Date(y, m - 1, 15));
}

/** The current month and the 23 before it, newest first. */
export function recentMonths(today: string): string[] {
  const months = [today.slice(0, 7)];
  while (months.length < 24) months.push(previousMonth(months.at(-1)!));
  return months;
}

/** Euros with two decimals in the UI language (no currency sign: the column says EUR). */
export function euros(cents: number, language: UiLanguage): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}

type WarningT = (key: string, options: Record<string, unknown>) => string;

export function warningText(t: WarningT, w: ReconcileWarning, language: UiLanguage, unitName: (unit: string) => string, serviceName: (s: string) => string): string {
  return t(`warning.${w.kind}`, {
    client: w.client ?? '',
    count: w.count ?? 0,
    planned: w.planned ?? 0,
    decision: w.decisionNumber ?? '',
    date: formatDate(w.date, language),
    unit: w.serviceUnit ? unitName(w.serviceUnit) : '',
    service: w.service ? serviceName(w.service) : '',
  });
}
