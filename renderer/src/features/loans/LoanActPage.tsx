import { useEffect } from 'react';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { printTitle } from '#shared/i18n/print-title';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { PrintToolbar } from '../print/PrintToolbar';
import { LoanActDocument } from './LoanActDocument';
import './loan-act.css';

/** `#/print/loan-act/12[?lang=lt]`: a loan's hand-over act, in the client's language unless chosen. */
export function LoanActPage({ id }: { id: string }) {
  const { i18n } = useTranslation();
  const query = useHashQuery();
  const lang = query.get('lang');
  const loanId = /^\d{1,9}$/.test(id) ? Number(id) : 0;
  // Producing the act is audited like a print: ask once per opening, never again in the background.
  const act = useCall('loans.actPdf', isUiLanguage(lang) ? { loanId, language: lang } : { loanId }, { gcTime: 0, staleTime: Infinity, refetchOnWindowFocus: false, retry: false });
  // The act's language is the client's unless chosen: known once the act is produced.
  const language = act.data?.language ?? (isUiLanguage(lang) ? lang : null);
  const job = act.data && language ? ({ document: 'loan-act', loanId, language } as const) : null;
  const title = job ? printTitle(job, i18n.getFixedT(job.language, 'sheets')) : null;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
  return (
    <div className="loan-act-desk">
      <PrintToolbar
        language={language ?? 'lv'}
        onLanguage={(next) => openHashRoute(`/print/loan-act/${loanId}`, { lang: next })}
        job={job}
        backHref="#/loans"
      />
      <ErrorAlert error={act.error} />
      {act.data && <LoanActDocument act={act.data} />}
    </div>
  );
}
