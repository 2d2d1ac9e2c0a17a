/**
 * The statement as documents show it: buildStatement's numbers with the names, unit names and headings of
 * the chosen language, and names replaced by the municipality's client reference when pseudonymised.
 */
import type { TFunction } from 'i18next';
import type { Executor } from '#db/client';
import { getCentre } from '#db/queries/centre';
import { firstActiveManager } from '#db/queries/attendance-sheet';
import type { StatementData } from '#shared/contract/billing';
import type { UiLanguage } from '#shared/contract/common';
import { createI18n } from '#shared/i18n/create-i18n';
import { findMunicipality } from '#shared/domain/municipalities';
import { formatPersonalCode } from '#shared/domain/personal-code';
import { privatePayer } from '#shared/domain/service-units';
import type { Statement } from './statement-lines';

const translators = new Map<UiLanguage, TFunction<'billing'>>();

export function billingT(language: UiLanguage): TFunction<'billing'> {
  let t = translators.get(language);
  if (!t) {
    t = createI18n(language).getFixedT(language, 'billing');
    translators.set(language, t);
  }
  return t;
}

export function unitName(t: TFunction<'billing'>, unit: string): string {
  return unit.startsWith('own:') ? unit.slice(4) : t(`units.${unit}` as 'units.care-day-8h');
}

export function payerName(payer: string, language: UiLanguage): string {
  if (payer === privatePayer) return billingT(language)('privatePayers');
  const m = findMunicipality(payer);
  if (!m) return payer;
  return language === 'ru' ? m.nameRu : m.name;
}

/** "marts 2026", "kovas 2026", "март 2026" (nominative month name). */
export function monthTitle(month: string, language: UiLanguage): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const name = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 15)));
  return `${name} ${y}`;
}

export interface StatementDataOptions {
  language: UiLanguage;
  pseudonymised: boolean;
  preparedBy: string;
  generatedAt: string;
  confirmedWarnings: string[];
}

export function statementData(db: Executor, statement: Statement, options: StatementDataOptions): StatementData {
  const t = billingT(options.language);
  const centre = getCentre(db);
  const country = centre?.country ?? 'LV';
  return {
    month: statement.month,
    payer: statement.payer,
    payerName: payerName(statement.payer, options.language),
    language: options.language,
    pseudonymised: options.pseudonymised,
    centre: { name: centre?.name ?? '', country },
    generatedAt: options.generatedAt,
    preparedBy: options.preparedBy,
    approvedBy: firstActiveManager(db),
    lines: statement.lines.map(({ firstName, lastName, personalCode, clientReference, decisionId: _d, ...line }) => ({
      ...line,
      client: options.pseudonymised ? (clientReference ?? `#${line.clientId}`) : `${lastName} ${firstName}`,
      personalCode: options.pseudonymised || !personalCode ? null : formatPersonalCode(country, personalCode),
      unitName: unitName(t, line.serviceUnit),
    })),
    totalsByUnit: statement.totalsByUnit.map(({ measure: _m, ...u }) => ({ ...u, unitName: unitName(t, u.serviceUnit) })),
    totals: statement.totals,
    confirmedWarnings: options.confirmedWarnings,
  };
}
