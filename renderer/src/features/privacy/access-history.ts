import type { AccessExport } from '#shared/contract/privacy';
import { barthelMaxTotal } from '#shared/domain/barthel';
import { methodLabel, recordLabel } from '../audit/audit-labels';
import {
  cardSection,
  codesSection,
  consentsSection,
  decisionsSection,
  relativesSection,
  sectionContext,
  type AccessSection,
  type SectionContext,
} from './access-sections';
import type { TFunction } from 'i18next';
import type { UiLanguage } from '#shared/contract/common';

const col = (label: string, mm: number) => ({ label, mm });

function assessmentsSection({ t, date }: SectionContext, { assessments }: AccessExport): AccessSection {
  return {
    key: 'assessments',
    columns: [col(t('clients:assessments.date'), 30), col(t('privacy:access.column.instrument'), 50), col(t('privacy:access.column.result'), 40), col(t('clients:assessments.assessor'), 50), col(t('clients:assessments.nextReview'), 35), col(t('clients:assessments.note'), 76)],
    rows: assessments.map((a) => [
      date(a.assessedOn),
      `${t(`clients:instrument.${a.instrument}`)} (${a.instrumentVersion})`,
      a.careLevel != null ? t('clients:assessments.level', { level: a.careLevel }) : a.barthelTotal != null ? t('clients:assessments.total', { total: a.barthelTotal, max: barthelMaxTotal }) : '',
      a.assessor,
      date(a.nextReview),
      a.note ?? '',
    ]),
  };
}

function attendanceSection({ t, date }: SectionContext, { attendance }: AccessExport): AccessSection {
  const status = (a: AccessExport['attendance'][number]) => {
    if (a.status === 'present') return t('privacy:access.value.present');
    return a.absenceReason ? t('privacy:access.value.absent', { reason: t(`board:reason.${a.absenceReason}`) }) : t('privacy:access.value.absentNoReason');
  };
  const transport = (a: AccessExport['attendance'][number]) =>
    [a.transportTo && t('privacy:access.value.transportTo'), a.transportFrom && t('privacy:access.value.transportFrom')].filter(Boolean).join(', ');
  return {
    key: 'attendance',
    columns: [col(t('privacy:access.column.date'), 28), col(t('privacy:access.column.status'), 55), col(t('privacy:access.column.arrived'), 20), col(t('privacy:access.column.left'), 20), col(t('privacy:access.column.meals'), 55), col(t('privacy:access.column.transport'), 40), col(t('privacy:access.column.note'), 63)],
    rows: attendance.map((a) => [date(a.date), status(a), a.arrivedAt ?? '', a.leftAt ?? '', a.meals.map((m) => t(`common:meal.${m}`)).join(', '), transport(a), a.note ?? '']),
  };
}

function sessionsSection({ t, date, language }: SectionContext, { sessions }: AccessExport): AccessSection {
  // Activities are named in the client languages; an English document uses the Latvian name.
  const name = (s: AccessExport['sessions'][number]) => (s.activity ? s.activity[language === 'en' ? 'lv' : language] : '');
  return {
    key: 'sessions',
    columns: [col(t('privacy:access.column.date'), 30), col(t('privacy:access.column.time'), 30), col(t('privacy:access.column.activity'), 150), col(t('privacy:access.column.status'), 71)],
    rows: sessions.map((s) => [date(s.date), `${s.startTime}–${s.endTime}`, name(s), t(`sessions:status.${s.status}`)]),
  };
}

function auditSection({ t, date }: SectionContext, { audit }: AccessExport): AccessSection {
  return {
    key: 'audit',
    columns: [col(t('privacy:access.column.when'), 40), col(t('privacy:access.column.staff'), 60), col(t('privacy:access.column.action'), 100), col(t('privacy:access.column.record'), 81)],
    rows: audit.map((row) => [`${date(localDay(row.at))} ${localTime(row.at)}`, row.staffName ?? '', methodLabel(t, row.method), recordLabel(t, row.entity, row.entityId)]),
  };
}

/** Audit times are UTC instants; the reader's clock shows them in the centre's time. */
const localDay = (instant: string) => {
  const d = new Date(instant);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const localTime = (instant: string) => {
  const d = new Date(instant);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

/** Every section of the access report, in the order a person reads their file. */
export function accessSections(data: AccessExport, t: TFunction, language: UiLanguage): AccessSection[] {
  const context = sectionContext(t, language);
  return [cardSection, codesSection, relativesSection, consentsSection, decisionsSection, assessmentsSection, attendanceSection, sessionsSection, auditSection].map((build) =>
    build(context, data),
  );
}
