import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/contract/common';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintToolbar } from '../print/PrintToolbar';
import { usePrintTitle } from '../print/use-print-title';
import { formatDate, formatNumber } from '../../i18n/format';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { hoursOf } from './RespitePage';
import '../incidents/incident-report.css';

/** `#/print/respite/:month/:carerId[?lang=]`: a family carer's monthly respite statement, in the carer's language. */
export function RespiteStatementPage({ month, carer }: { month: string; carer: string }) {
  const query = useHashQuery();
  const carerId = /^\d{1,9}$/.test(carer) ? Number(carer) : 0;
  const valid = /^\d{4}-\d{2}$/.test(month) && carerId > 0;
  const data = useCall('respite.month', { month, carerId }, { enabled: valid, refetchOnWindowFocus: false });
  const row = data.data?.rows[0];
  const asked = query.get('lang');
  const language: UiLanguage = isUiLanguage(asked) ? asked : (row?.carerLanguage ?? 'lv');
  // Printing is audited as its own row (print.* / sheets.recordPrint); reading the month above is the data read.
  usePrintTitle({ document: 'respite-statement', month: valid ? month : '2000-01', carerId: Math.max(carerId, 1), language });
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(language, 'safety') as unknown as (key: string, params?: Record<string, unknown>) => string, [i18n, language]);
  const hours = (minutes: number) => t('respite.hoursValue', { hours: formatNumber(hoursOf(minutes), language) });
  return (
    <div>
      <PrintToolbar
        language={language}
        onLanguage={(next) => openHashRoute(`/print/respite/${month}/${carerId}`, { lang: next })}
        job={row && valid ? { document: 'respite-statement', month, carerId, language } : null}
        backHref="#/respite"
      />
      <ErrorAlert error={data.error} />
      {row && (
        <article className="safety-print" lang={language}>
          <h1>{t('respite.statementTitle')}</h1>
          <p>{t('respite.statementIntro', { client: row.clientName, month, carer: row.carerName })}</p>
          <table>
            <thead>
              <tr><th>{t('respite.date')}</th><th>{t('respite.arrived')}</th><th>{t('respite.left')}</th><th>{t('respite.hours')}</th></tr>
            </thead>
            <tbody>
              {row.days.map((d) => (
                <tr key={d.date}><td>{formatDate(d.date, language)}</td><td>{d.arrivedAt}</td><td>{d.leftAt}</td><td>{hours(d.minutes)}</td></tr>
              ))}
              <tr><th colSpan={3}>{t('respite.total')}</th><th>{hours(row.totalMinutes)}</th></tr>
            </tbody>
          </table>
        </article>
      )}
    </div>
  );
}
