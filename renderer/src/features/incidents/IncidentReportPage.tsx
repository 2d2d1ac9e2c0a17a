import { useMemo } from 'react';
import { Anchor, Button, Group, NativeSelect, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../i18n/format';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { IncidentFacts } from './IncidentFacts';
import './incident-report.css';

type ClientLanguage = 'lv' | 'lt' | 'ru';
const clientLanguages: readonly ClientLanguage[] = ['lv', 'lt', 'ru'];

/** `#/print/incident/:id[?lang=]`: the incident report on A4, in the client's language unless another is chosen. */
export function IncidentReportPage({ id }: { id: string }) {
  const { t: ui } = useTranslation('safety');
  const { t: tc } = useTranslation('common');
  const query = useHashQuery();
  const incidentId = /^\d{1,9}$/.test(id) ? Number(id) : 0;
  const detail = useCall('incidents.get', { id: incidentId }, { enabled: incidentId > 0, refetchOnWindowFocus: false });
  const asked = query.get('lang');
  const incident = detail.data?.incident;
  const language: ClientLanguage = clientLanguages.includes(asked as ClientLanguage) ? (asked as ClientLanguage) : (incident?.clientLanguage ?? 'lv');
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(language, 'safety') as unknown as (key: string) => string, [i18n, language]);
  return (
    <div>
      <Paper className="no-print" p="sm" radius={0} withBorder role="region" aria-label={ui('incidents.reportTitle')}>
        <Group align="flex-end">
          <Anchor href={`#/incidents/${incidentId}`}>{ui('incidents.title')}</Anchor>
          <NativeSelect label={tc('language.label')} value={language} onChange={(e) => openHashRoute(`/print/incident/${incidentId}`, { lang: e.currentTarget.value })}
            data={clientLanguages.map((l) => ({ value: l, label: tc(`language.${l}`) }))} />
          <Button onClick={() => window.print()} disabled={!incident}>{ui('incidents.print')}</Button>
        </Group>
        <ErrorAlert error={detail.error} />
      </Paper>
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
