import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Observation } from '#shared/contract/dementia';
import type { UiLanguage } from '#shared/contract/common';
import type { PrintJob } from '#shared/contract/print';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { isLocalDate } from '#shared/domain/local-date';
import { behaviourKinds, scaleNames, type ObservationScale } from '#shared/domain/dementia';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../api/use-call';
import { formatDate } from '../../i18n/format';
import { useToday } from '../clock/TodayProvider';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { PrintToolbar } from '../print/PrintToolbar';
import { periodFrom } from './observation-chart';
import { personName } from './names';
import './observation-report.css';


/** `#/print/observations/:clientId?lang=&from=&to=`: the observation report for a family meeting or the doctor, in the client's language. */
export function ObservationReportPage({ id }: { id: string }) {
  const query = useHashQuery();
  const today = useToday();
  const clientId = /^\d{1,9}$/.test(id) ? Number(id) : 0;
  const to = isLocalDate(query.get('to') ?? '') ? query.get('to')! : today;
  const from = isLocalDate(query.get('from') ?? '') ? query.get('from')! : periodFrom('days90', to);
  const history = useCall('dementia.observations.history', { clientId, from, to }, { enabled: clientId > 0, refetchOnWindowFocus: false });
  const asked = query.get('lang');
  // The client's own language unless the address or the toolbar chose another.
  const language: UiLanguage = isUiLanguage(asked) ? asked : (history.data?.client.language ?? 'lv');
  const { i18n } = useTranslation();
  usePortraitPages();
  const t = useMemo(() => i18n.getFixedT(language, 'dementia'), [i18n, language]);
  const job: PrintJob | null = history.data ? { document: 'observation-report', clientId, from, to, language } : null;
  return (
    <div className="obs-report-desk">
      <PrintToolbar
        language={language}
        onLanguage={(next) => openHashRoute(`/print/observations/${clientId}`, { lang: next, from, to })}
        job={job}
        backHref={`#/dementia/clients/${clientId}`}
      />
      <ErrorAlert error={history.error} />
      {history.data && <Report t={t} language={language} from={from} to={to} today={today} client={history.data.client} observations={history.data.observations} />}
    </div>
  );
}

/**
 * While the report is open, an unnamed A4 portrait @page rule added last: the named page alone can lose
 * to the landscape rule of the printed sheets when both style sheets are loaded.
 */
function usePortraitPages() {
  useEffect(() => {
    const style = document.createElement('style');
    style.textContent = '@page { size: A4 portrait; margin: 12mm; }';
    document.head.appendChild(style);
    return () => style.remove();
  }, []);
}

function Report({ t, language, from, to, today, client, observations }: {
  t: TFunction<'dementia'>;
  language: UiLanguage;
  from: string;
  to: string;
  today: string;
  client: { firstName: string; lastName: string; birthDate: string | null };
  observations: Observation[];
}) {
  const tt = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  const step = (scale: ObservationScale, value: number | null) => (value == null ? '' : `${value} – ${tt(`scale.${scale}.${value}`)}`);
  const average = (scale: ObservationScale) => {
    const values = observations.map((o) => o[scale]).filter((v): v is number => v != null);
    if (values.length === 0) return '—';
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return `${mean.toFixed(1).replace('.', ',')} (${tt(`scale.${scale}.${Math.round(mean)}`)})`;
  };
  return (
    <article className="obs-report" lang={language}>
      <h1>{t('report.title')}</h1>
      <div>{`${t('report.client')}: ${personName(client)}`}</div>
      {client.birthDate && <div>{`${t('report.birthDate')}: ${formatDate(client.birthDate, language)}`}</div>}
      <div>{`${t('report.period')}: ${formatDate(from, language)} – ${formatDate(to, language)}`}</div>
      <div>{tt('report.days', { count: observations.length })}</div>
      <h2>{t('report.averages')}</h2>
      <table>
        <tbody>
          {scaleNames.map((s) => (
            <tr key={s}><th>{tt(`obs.${s}`)}</th><td>{average(s)}</td></tr>
          ))}
          {behaviourKinds.map((b) => (
            <tr key={b}><th>{tt(`behaviour.${b}`)}</th><td>{observations.filter((o) => o.behaviours.includes(b)).length}</td></tr>
          ))}
        </tbody>
      </table>
      <h2>{t('chart.notes')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('report.date')}</th>
            <th>{t('obs.mood')}</th>
            <th>{t('obs.engagement')}</th>
            <th>{t('obs.appetite')}</th>
            <th>{t('obs.sleepiness')}</th>
            <th>{`${t('obs.behaviours')}; ${t('obs.helped')}; ${t('obs.note')}`}</th>
          </tr>
        </thead>
        <tbody>
          {observations.map((o) => (
            <tr key={o.date}>
              <td>{formatDate(o.date, language)}</td>
              {scaleNames.map((s) => <td key={s}>{step(s, o[s])}</td>)}
              <td>{[o.behaviours.map((b) => tt(`behaviour.${b}`)).join(', '), o.helped, o.note].filter(Boolean).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{tt('report.printed', { date: formatDate(today, language) })}</p>
    </article>
  );
}
