import type { TFunction } from 'i18next';
import type { UiLanguage } from '#shared/contract/common';
import type { AccessExport } from '#shared/contract/privacy';
import { formatPersonalCode } from '#shared/domain/personal-code';
import { findMunicipality } from '#shared/domain/municipalities';
import { formatMoney, formatWeekday } from '../../i18n/format';
import { formatPrintDate } from '../print/format-print';

export const sectionKeys = ['card', 'codes', 'relatives', 'consents', 'decisions', 'assessments', 'attendance', 'sessions', 'audit'] as const;
export type SectionKey = (typeof sectionKeys)[number];

/** One table of the printed access report: column headings with their widths on the A4 page, and the rows as text. */
export interface AccessSection {
  key: SectionKey;
  columns: { label: string; mm: number }[];
  rows: string[][];
}

/** What every section builder needs: the document's translator and language, and short formatters. */
export interface SectionContext {
  t: TFunction;
  language: UiLanguage;
  date: (iso: string | null | undefined) => string;
  yesNo: (value: boolean) => string;
}

export function sectionContext(t: TFunction, language: UiLanguage): SectionContext {
  return {
    t,
    language,
    date: (iso) => (iso ? formatPrintDate(iso, language) : ''),
    yesNo: (value) => t(value ? 'privacy:access.value.yes' : 'privacy:access.value.no'),
  };
}

const col = (label: string, mm: number) => ({ label, mm });

/** The card as label–value pairs: a person reads their own record top to bottom. */
export function cardSection({ t, date, yesNo }: SectionContext, { client }: AccessExport): AccessSection {
  const code = client.personalCode && client.codeCountry ? formatPersonalCode(client.codeCountry, client.personalCode) : '';
  const pairs: [string, string][] = [
    [t('clients:field.firstName'), client.firstName],
    [t('clients:field.lastName'), client.lastName],
    [t('clients:field.personalCode'), code],
    [t('clients:field.codeCountry'), client.codeCountry ? t(`common:country.${client.codeCountry}`) : ''],
    [t('clients:field.birthDate'), date(client.birthDate)],
    [t('clients:field.sex'), client.sex ? t(`clients:sex.${client.sex}`) : ''],
    [t('clients:field.address'), client.address ?? ''],
    [t('clients:field.phone'), client.phone ?? ''],
    [t('clients:field.language'), t(`common:language.${client.language}`)],
    [t('clients:field.status'), t(`clients:status.${client.status}`)],
    [t('clients:field.statusSince'), date(client.statusSince)],
    [t('clients:field.statusReason'), client.statusReason ?? ''],
    [t('clients:field.receptionNotes'), client.receptionNotes ?? ''],
    [t('clients:field.wanderingRisk'), yesNo(client.wanderingRisk)],
    [t('clients:field.diet'), client.diet ?? ''],
    [t('privacy:access.column.registered'), date(client.createdAt)],
  ];
  return { key: 'card', columns: [col(t('privacy:access.column.field'), 80), col(t('privacy:access.column.value'), 201)], rows: pairs };
}

export function codesSection({ t, date }: SectionContext, { codes }: AccessExport): AccessSection {
  return {
    key: 'codes',
    columns: [col(t('clients:field.personalCode'), 45), col(t('clients:field.codeCountry'), 35), col(t('privacy:access.column.from'), 30), col(t('privacy:access.column.to'), 30), col(t('privacy:access.column.reason'), 141)],
    rows: codes.map((c) => [formatPersonalCode(c.country, c.code), t(`common:country.${c.country}`), date(c.validFrom), date(c.validTo), c.overrideReason ?? '']),
  };
}

export function relativesSection({ t }: SectionContext, { relatives }: AccessExport): AccessSection {
  return {
    key: 'relatives',
    columns: [col(t('clients:relatives.name'), 55), col(t('clients:relatives.relation'), 35), col(t('clients:field.phone'), 45), col(t('clients:field.address'), 55), col(t('clients:relatives.roles'), 50), col(t('clients:relatives.note'), 41)],
    rows: relatives.map((r) => [
      r.name,
      t(`clients:relation.${r.relation}`),
      [r.phone, r.phoneAlt].filter(Boolean).join(', '),
      r.address ?? '',
      [r.canCollect && t('clients:relatives.canCollect'), r.emergencyContact && t('clients:relatives.emergencyContact')].filter(Boolean).join('; '),
      r.note ?? '',
    ]),
  };
}

export function consentsSection({ t, date }: SectionContext, { consents }: AccessExport): AccessSection {
  return {
    key: 'consents',
    columns: [col(t('clients:consents.kind'), 80), col(t('clients:consents.givenOn'), 40), col(t('clients:consents.givenBy'), 110), col(t('clients:consents.withdrawnOn'), 51)],
    rows: consents.map((c) => [
      t(`clients:consentKind.${c.kind}`),
      date(c.givenOn),
      c.representativeName ? t('privacy:access.value.representative', { name: c.representativeName }) : t(`clients:consentGiver.${c.givenBy}`),
      date(c.withdrawnOn),
    ]),
  };
}

export function decisionsSection({ t, date, language }: SectionContext, { decisions }: AccessExport): AccessSection {
  const plan = (d: AccessExport['decisions'][number]) =>
    d.unitsPerMonth ? t('clients:decisions.units', { count: d.unitsPerMonth }) : d.plannedWeekdays.map((day) => formatWeekday(day, language)).join(', ');
  const copay = (d: AccessExport['decisions'][number]) =>
    d.copayPercent != null ? new Intl.NumberFormat(language, { style: 'percent' }).format(d.copayPercent / 100) : d.copayAmountCents != null ? formatMoney(d.copayAmountCents, language) : '';
  return {
    key: 'decisions',
    columns: [col(t('clients:decisions.number'), 35), col(t('clients:decisions.date'), 25), col(t('clients:decisions.service'), 50), col(t('clients:decisions.payer'), 50), col(t('privacy:access.column.from'), 22), col(t('privacy:access.column.to'), 22), col(t('privacy:access.column.plan'), 32), col(t('privacy:access.column.copay'), 20), col(t('clients:decisions.exemption'), 25)],
    rows: decisions.map((d) => [
      d.decisionNumber,
      date(d.decisionDate),
      t(`clients:service.${d.service}`),
      findMunicipality(d.payingMunicipality)?.name ?? d.payingMunicipality,
      date(d.validFrom),
      d.validTo ? date(d.validTo) : t('privacy:access.value.openEnded'),
      plan(d),
      copay(d),
      t(`clients:exemption.${d.exemption}`),
    ]),
  };
}
