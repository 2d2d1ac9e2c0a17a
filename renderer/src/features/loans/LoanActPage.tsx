import { Anchor, Button, Group, NativeSelect, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { uiLanguages } from '#shared/contract/common';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { LoanActDocument } from './LoanActDocument';
import './loan-act.css';

/** `#/print/loan-act/12[?lang=lt]`: a loan's hand-over act, in the client's language unless chosen. */
export function LoanActPage({ id }: { id: string }) {
  const { t } = useTranslation(['loans', 'common']);
  const query = useHashQuery();
  const lang = query.get('lang');
  const loanId = /^\d{1,9}$/.test(id) ? Number(id) : 0;
  // Producing the act is audited like a print: ask once per opening, never again in the background.
  const act = useCall('loans.actPdf', isUiLanguage(lang) ? { loanId, language: lang } : { loanId }, { gcTime: 0, staleTime: Infinity, refetchOnWindowFocus: false, retry: false });
  return (
    <div className="loan-act-desk">
      <Paper className="no-print" p="sm" radius={0} withBorder role="region" aria-label={t('loans:print.toolbar')}>
        <Group align="flex-end">
          <Anchor href="#/loans">{t('loans:print.back')}</Anchor>
          <NativeSelect
            label={t('loans:print.language')}
            value={act.data?.language ?? (isUiLanguage(lang) ? lang : '')}
            onChange={(event) => isUiLanguage(event.currentTarget.value) && openHashRoute(`/print/loan-act/${loanId}`, { lang: event.currentTarget.value })}
            data={uiLanguages.map((code) => ({ value: code, label: t(`common:language.${code}`) }))}
          />
          <Button onClick={() => window.print()} disabled={!act.data}>
            {t('loans:print.print')}
          </Button>
        </Group>
        <ErrorAlert error={act.error} />
      </Paper>
      {act.data && <LoanActDocument act={act.data} />}
    </div>
  );
}
