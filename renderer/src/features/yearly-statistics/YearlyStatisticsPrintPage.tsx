import { useEffect, useMemo } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { yearSchema } from '#shared/contract/municipal-reports';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { PrintToolbar } from '../print/PrintToolbar';
import { StatisticsTables } from './StatisticsTables';
import '../print/print.css';

/** `#/print/yearly-statistics/2025?lang=lt`: the year's figures in the chosen language, to print or save as PDF. */
export function YearlyStatisticsPrintPage({ year: raw }: { year: string }) {
  const { i18n } = useTranslation();
  const query = useHashQuery();
  const uiLanguage = useLanguage();
  const lang = query.get('lang');
  const language = isUiLanguage(lang) ? lang : uiLanguage;
  const year = /^\d{4}$/.test(raw) && yearSchema.safeParse(Number(raw)).success ? Number(raw) : null;
  const figures = useCallMutation('exports.yearlyStatistics');
  const { mutate } = figures;
  useEffect(() => {
    if (year !== null) mutate({ year, language, format: 'data' });
  }, [year, language, mutate]);
  const docT = useMemo(() => i18n.getFixedT(language, 'reports') as unknown as (key: string, options?: object) => string, [i18n, language]);
  const stats = figures.data?.statistics;
  useEffect(() => {
    if (stats) document.title = docT('title', { year: stats.year });
  }, [stats, docT]);
  return (
    <div className="print-desk">
      <PrintToolbar
        language={language}
        onLanguage={(next) => openHashRoute(`/print/yearly-statistics/${raw}`, { lang: next })}
        job={stats && year !== null ? { document: 'yearly-statistics', year, language } : null}
        backHref="#/yearly-statistics"
      />
      <ErrorAlert error={figures.error} />
      {stats && (
        <section className="print-sheet" lang={language}>
          <Stack gap="xs" p="md">
            <Text fw={700}>{stats.centre.name}</Text>
            <Title order={1} size="h3">
              {docT('title', { year: stats.year })}
            </Title>
            <Text size="sm">{docT('formNote', { until: stats.until })}</Text>
            <StatisticsTables stats={stats} t={docT} />
            <Text size="sm">{docT('preparedBy', { name: stats.preparedBy })}</Text>
            <Text size="sm">{docT('generatedAt', { at: stats.generatedAt.slice(0, 10) })}</Text>
          </Stack>
        </section>
      )}
    </div>
  );
}
