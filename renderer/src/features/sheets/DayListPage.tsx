import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/contract/common';
import { dateSchema } from '#shared/contract/period';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { useCall } from '../../api/use-call';
import { isForbidden } from '../../api/wire-error';
import { freshForPrint } from '../print/fresh-for-print';
import { useLanguage } from '../../i18n/use-language';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { PrintNoAccess } from '../print/PrintNoAccess';
import { PrintProblem } from '../print/PrintProblem';
import { PrintToolbar } from '../print/PrintToolbar';
import { PrintLoadState } from '../print/PrintLoadState';
import { useMayCall } from '../print/use-may-call';
import { usePrintTitle } from '../print/use-print-title';
import { DayListDocument } from './DayListDocument';
import '../print/print.css';

/** `#/print/day/2026-11-23[?lang=ru]`: the day's attendance list. */
export function DayListPage({ date }: { date: string }) {
  const { t } = useTranslation('sheets');
  const query = useHashQuery();
  const uiLanguage = useLanguage();
  const mayRead = useMayCall('sheets.dayList');
  const lang = query.get('lang');
  if (!dateSchema.safeParse(date).success) return mayRead ? <PrintProblem messages={[t('problem.badDate', { value: date })]} /> : <PrintNoAccess />;
  return <DayListPreview date={date} language={isUiLanguage(lang) ? lang : uiLanguage} />;
}

function DayListPreview({ date, language }: { date: string; language: UiLanguage }) {
  const list = useCall('sheets.dayList', { date, language }, freshForPrint);
  usePrintTitle({ document: 'day-list', date, language });
  if (isForbidden(list.error)) return <PrintNoAccess />;
  return (
    <div className="print-desk">
      <PrintToolbar
        language={language}
        onLanguage={(next) => openHashRoute(`/print/day/${date}`, { lang: next })}
        job={list.data ? { document: 'day-list', date, language } : null}
      />
      <PrintLoadState query={list} />
      {list.data && <DayListDocument list={list.data} />}
    </div>
  );
}
