import { useMemo } from 'react';
import { Anchor, Button, Group, NativeSelect, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { uiLanguages } from '#shared/contract/common';
import { monthPattern } from '#shared/domain/month';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { StatementDocument } from './StatementDocument';
import './statement.css';

/**
 * `#/print/statement/2026-03?payer=LV-riga&lang=lt&pseudo=0&confirmed=…`: the statement to print or save
 * as PDF and sign. Producing it is an audited export (`exports.statement`, format pdf), asked once per opening.
 */
export function StatementPrintPage({ month }: { month: string }) {
  const { t, i18n } = useTranslation(['billing', 'common']);
  const query = useHashQuery();
  const uiLanguage = useLanguage();
  const lang = query.get('lang');
  const language = isUiLanguage(lang) ? lang : uiLanguage;
  const payer = query.get('payer') ?? '';
  const pseudonymised = query.get('pseudo') === '1';
  const confirmed = (query.get('confirmed') ?? '').split(',').filter(Boolean);
  const valid = monthPattern.test(month) && payer !== '';
  const statement = useCall(
    'exports.statement',
    { month, payer, format: 'pdf', pseudonymised, language, confirmed },
    { enabled: valid, gcTime: 0, staleTime: Infinity, refetchOnWindowFocus: false, retry: false },
  );
  const docT = useMemo(() => i18n.getFixedT(language, 'billing'), [i18n, language]);
  const reopen = (next: string) =>
    openHashRoute(`/print/statement/${month}`, { payer, lang: next, pseudo: pseudonymised ? '1' : '0', confirmed: confirmed.join(',') });
  return (
    <div className="statement-desk">
      <Paper className="no-print" p="sm" radius={0} withBorder role="region" aria-label={t('billing:page.printPdf')}>
        <Group align="flex-end">
          <Anchor href="#/municipal-export">{t('billing:page.title')}</Anchor>
          <NativeSelect
            label={t('common:language.label')}
            value={language}
            onChange={(event) => isUiLanguage(event.currentTarget.value) && reopen(event.currentTarget.value)}
            data={uiLanguages.map((code) => ({ value: code, label: t(`common:language.${code}`) }))}
          />
          <Button onClick={() => window.print()} disabled={!statement.data}>
            {t('billing:page.printPdf')}
          </Button>
        </Group>
        <ErrorAlert error={statement.error} />
      </Paper>
      {statement.data && <StatementDocument data={statement.data.statement} t={docT} />}
    </div>
  );
}
