import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { statementPayerSchema } from '#shared/contract/billing';
import { monthPattern } from '#shared/domain/month';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { PrintToolbar } from '../print/PrintToolbar';
import { usePrintTitle } from '../print/use-print-title';
import { StatementDocument } from './StatementDocument';
import './statement.css';

/**
 * `#/print/statement/2026-03?payer=LV-riga&lang=lt&pseudo=0&confirmed=…`: the statement to print or save
 * as PDF and sign. Producing it is an audited export (`exports.statement`, format pdf), asked once per opening.
 */
export function StatementPrintPage({ month }: { month: string }) {
  const { i18n } = useTranslation();
  const query = useHashQuery();
  const uiLanguage = useLanguage();
  const lang = query.get('lang');
  const language = isUiLanguage(lang) ? lang : uiLanguage;
  const payer = query.get('payer') ?? '';
  const pseudonymised = query.get('pseudo') === '1';
  const confirmed = (query.get('confirmed') ?? '').split(',').filter(Boolean);
  const valid = monthPattern.test(month) && statementPayerSchema.safeParse(payer).success;
  const statement = useCall(
    'exports.statement',
    { month, payer, format: 'pdf', pseudonymised, language, confirmed },
    { enabled: valid, gcTime: 0, staleTime: Infinity, refetchOnWindowFocus: false, retry: false },
  );
  const docT = useMemo(() => i18n.getFixedT(language, 'billing'), [i18n, language]);
  const reopen = (next: string) =>
    openHashRoute(`/print/statement/${month}`, { payer, lang: next, pseudo: pseudonymised ? '1' : '0', confirmed: confirmed.join(',') });
  usePrintTitle({ document: 'statement', month: valid ? month : '2000-01', payer: valid ? payer : '-', pseudonymised, language });
  return (
    <div className="statement-desk">
      <PrintToolbar
        language={language}
        onLanguage={reopen}
        job={statement.data && valid ? { document: 'statement', month, payer, pseudonymised, language } : null}
        backHref="#/municipal-export"
      />
      <ErrorAlert error={statement.error} />
      {statement.data && <StatementDocument data={statement.data.statement} t={docT} />}
    </div>
  );
}
