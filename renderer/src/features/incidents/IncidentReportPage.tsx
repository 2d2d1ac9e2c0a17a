import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/contract/common';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintToolbar } from '../print/PrintToolbar';
import { usePrintTitle } from '../print/use-print-title';
import { formatDate } from '../../i18n/format';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { IncidentFacts } from './IncidentFacts';
import './incident-report.css';

/** `#/print/incident/:id[?lang=]`: the incident report on A4, in the client's language unless another is chosen. */
export function IncidentReportPage({ id }: { id: string }) {
  const query = useHashQuery();
  const incidentId = /^\d{1,9}$/.test(id) ? Number(id) : 0;
  const detail = useCall('incidents.get', { id: incidentId }, { enabled: incidentId > 0, refetchOnWindowFocus: false });
  const asked = query.get('lang');
  const incident = detail.data?.incident;
  const language: UiLanguage = isUiLanguage(asked) ? asked : (incident?.clientLanguage ?? 'lv');
  // Reading the incident (health data) is audited by incidents.get; each print or PDF is its own audit row.
  usePrintTitle({ document: 'incident-report', incidentId: Math.max(incidentId, 1), language });
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(language, 'safety') as unknown as (key: string) => string, [i18n, language]);
  return (
    <div>
      <PrintToolbar
        language={language}
        onLanguage={(next) => openHashRoute(`/print/incident/${incidentId}`, { lang: next })}
        job={incident ? { document: 'incident-report', incidentId, language } : null}
        backHref={`#/incidents/${incidentId}`}
      />
      <ErrorAlert error={detail.error} />
      {incident && (
        <article className="safety-print" lang={language}>
          <h1>{t('incidents.reportTitle')}</h1>
          <IncidentFacts incident={incident} t={t} language={language} />
          <h2>{t('incidents.followUps')}</h2>
          <table>
            <thead>
              <tr><th>{t('incidents.action')}</th><th>{t('incidents.responsible')}</th><th>{t('incidents.dueOn')}</th><th>{t('incidents.done')}</th></tr>
            </thead>
            <tbody>
              {incident.followUps.map((f) => (
                <tr key={f.id}><td>{f.action}</td><td>{f.responsibleName}</td><td>{formatDate(f.dueOn, language)}</td><td>{f.doneAt ? `${formatDate(f.doneAt.slice(0, 10), language)} ${f.doneByName ?? ''}` : ''}</td></tr>
              ))}
            </tbody>
          </table>
          {incident.closedAt && <p>{`${t('incidents.closedBy')}: ${incident.closedByName ?? ''} ${formatDate(incident.closedAt.slice(0, 10), language)} ${incident.closingNote ?? ''}`}</p>}
        </article>
      )}
    </div>
  );
}
