import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/contract/common';
import { dateSchema } from '#shared/contract/period';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { useCall } from '../../api/use-call';
import { freshForPrint } from '../print/fresh-for-print';
import { useLanguage } from '../../i18n/use-language';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { PrintProblem } from '../print/PrintProblem';
import { PrintToolbar } from '../print/PrintToolbar';
import { PrintLoadState } from '../print/PrintLoadState';
import { DayListDocument } from './DayListDocument';
import '../print/print.css';

/** `#/print/day/2026-11-23[?lang=ru]`: the day's attendance list. */
export function DayListPage({ date }: { date: string }) {
  const { t } = useTranslation('sheets');
  const query = useHashQuery();
  const uiLanguage = useLanguage();
  const lang = query.get('lang');
  if (!dateSchema.safeParse(date).success) return <PrintProblem messages={[t('problem.badDate', { value: date })]} />;
  return <DayListPreview date={date} language={isUiLanguage(lang) ? lang : uiLanguage} />;
}

function DayListPreview({ date, language }: { date: string; language: UiLanguage }) {
  const { t } = useTranslation('sheets');
  const list = useCall('sheets.dayList', { date, language }, freshForPrint);
  useEffect(() => {
    document.title = `${t('dayList.title')} ${date}`;
  }, [t, date]);
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
