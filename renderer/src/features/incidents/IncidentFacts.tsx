import type { Incident } from '#shared/contract/incidents';
import type { UiLanguage } from '#shared/contract/common';
import { formatDate } from '../../i18n/format';

type T = (key: string, params?: Record<string, unknown>) => string;

const moment = (value: string | null, language: UiLanguage, none: string) =>
  value ? `${formatDate(value.slice(0, 10), language)} ${value.slice(11, 16)}` : none;

/** The facts of a report as a definition list: on screen and on the printed page, in the given language. */
export function IncidentFacts({ incident, t: translate, language }: { incident: Incident; t: unknown; language: UiLanguage }) {
  const t = translate as T;
  const none = t('incidents.notInformed');
  const facts: [string, string][] = [
    [t('incidents.client'), incident.clientName],
    [t('incidents.kind'), t(`incidents.kinds.${incident.kind}`)],
    [t('incidents.occurredOn'), `${formatDate(incident.occurredOn, language)} ${incident.occurredAt}`],
    [t('incidents.place'), incident.place],
    [t('incidents.description'), incident.description],
    [t('incidents.injuries'), incident.injuries ?? '—'],
    [t('incidents.familyInformedAt'), moment(incident.familyInformedAt, language, none)],
    [t('incidents.doctorInformedAt'), moment(incident.doctorInformedAt, language, none)],
    [t('incidents.municipalityInformedAt'), moment(incident.municipalityInformedAt, language, none)],
    [t('incidents.reportedBy'), incident.reportedByName],
  ];
  return (
    <dl className="incident-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
