import { useEffect, useMemo } from 'react';
import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { uiLanguages } from '#shared/contract/common';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { StatisticsTables } from './StatisticsTables';
import '../print/print.css';

/** `#/print/yearly-statistics/2025?lang=lt`: the year's figures in the chosen language, to print or save as PDF. */
export function YearlyStatisticsPrintPage({ year: raw }: { year: string }) {
  const { t, i18n } = useTranslation(['reports', 'sheets', 'common']);
  const query = useHashQuery();
  const uiLanguage = useLanguage();
  const lang = query.get('lang');
  const language = isUiLanguage(lang) ? lang : uiLanguage;
  const year = /^\d{4}$/.test(raw) ? Number(raw) : null;
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
      <Paper className="no-print" p="sm" radius={0} withBorder role="region" aria-label={t('sheets:toolbar.label')}>
        <Group align="flex-end">
          <Anchor href="#/yearly-statistics">{t('sheets:toolbar.back')}</Anchor>
          <NativeSelect
            label={t('sheets:toolbar.language')}
            value={language}
            onChange={(e) => isUiLanguage(e.currentTarget.value) && openHashRoute(`/print/yearly-statistics/${raw}`, { lang: e.currentTarget.value })}
            data={uiLanguages.map((code) => ({ value: code, label: t(`common:language.${code}`) }))}
          />
          <Button onClick={() => window.print()} disabled={!stats}>
            {t('sheets:toolbar.print')}
          </Button>
        </Group>
      </Paper>
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
