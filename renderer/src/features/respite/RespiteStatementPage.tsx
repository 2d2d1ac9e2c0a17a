import { useMemo } from 'react';
import { Anchor, Button, Group, NativeSelect, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatNumber } from '../../i18n/format';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { hoursOf } from './RespitePage';
import '../incidents/incident-report.css';

type Language = 'lv' | 'lt' | 'ru';
const languages: readonly Language[] = ['lv', 'lt', 'ru'];

/** `#/print/respite/:month/:carerId[?lang=]`: a family carer's monthly respite statement, in the carer's language. */
export function RespiteStatementPage({ month, carer }: { month: string; carer: string }) {
  const { t: ui } = useTranslation('safety');
  const { t: tc } = useTranslation('common');
  const query = useHashQuery();
  const carerId = /^\d{1,9}$/.test(carer) ? Number(carer) : 0;
  const valid = /^\d{4}-\d{2}$/.test(month) && carerId > 0;
  const data = useCall('respite.month', { month, carerId }, { enabled: valid, refetchOnWindowFocus: false });
  const row = data.data?.rows[0];
  const asked = query.get('lang');
  const language: Language = languages.includes(asked as Language) ? (asked as Language) : (row?.carerLanguage ?? 'lv');
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(language, 'safety') as unknown as (key: string, params?: Record<string, unknown>) => string, [i18n, language]);
  const hours = (minutes: number) => t('respite.hoursValue', { hours: formatNumber(hoursOf(minutes), language) });
  return (
    <div>
      <Paper className="no-print" p="sm" radius={0} withBorder role="region" aria-label={ui('respite.statementTitle')}>
        <Group align="flex-end">
          <Anchor href="#/respite">{ui('respite.title')}</Anchor>
          <NativeSelect label={tc('language.label')} value={language} onChange={(e) => openHashRoute(`/print/respite/${month}/${carerId}`, { lang: e.currentTarget.value })}
            data={languages.map((l) => ({ value: l, label: tc(`language.${l}`) }))} />
          <Button onClick={() => window.print()} disabled={!row}>{ui('respite.print')}</Button>
        </Group>
        <ErrorAlert error={data.error} />
      </Paper>
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
