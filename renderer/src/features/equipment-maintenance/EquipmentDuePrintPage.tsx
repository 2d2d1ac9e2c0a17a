import { Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/contract/common';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { useCall } from '../../api/use-call';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useMe } from '../auth/use-session';
import { freshForPrint } from '../print/fresh-for-print';
import { PrintLoadState } from '../print/PrintLoadState';
import { PrintToolbar } from '../print/PrintToolbar';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { DueTable } from './DueTable';
import '../print/print.css';
import './equipment-due-print.css';

/**
 * `#/print/equipment-due[?lang=ru]`: the due list on A4, in the chosen language, printed or saved as a PDF
 * through the shared print toolbar (`print.*`), each print audited with the document and its date.
 */
export function EquipmentDuePrintPage() {
  const uiLanguage = useLanguage();
  const query = useHashQuery();
  const lang = query.get('lang');
  const language: UiLanguage = isUiLanguage(lang) ? lang : uiLanguage;
  const { t } = useTranslation(['equipmentMaintenance', 'common'], { lng: language });
  const centre = useMe().data?.centre;
  const due = useCall('equipment.due', {}, freshForPrint);
  const title = t('equipmentMaintenance:due.printTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <div className="print-desk">
      <PrintToolbar
        language={language}
        onLanguage={(next) => openHashRoute('/print/equipment-due', { lang: next })}
        job={due.data ? { document: 'equipment-due', asOf: due.data.asOf, language } : null}
        backHref="#/equipment-due"
      />
      <PrintLoadState query={due} />
      {due.data && (
        <article className="equipment-due-print" lang={language}>
          <Title order={1} size="h3">{title}</Title>
          <p>
            {centre ? `${t('equipmentMaintenance:due.centre', { name: centre.name })} · ` : ''}
            {t('equipmentMaintenance:due.asOf', { date: formatDate(due.data.asOf, language) })}
          </p>
          {(['overdue', 'dueSoon', 'upcoming'] as const).map((section) => (
            <section key={section}>
              <Title order={2} size="h5" mt="sm">{`${t(`equipmentMaintenance:due.${section}`)} (${due.data.totals[section]})`}</Title>
              <DueTable rows={due.data[section]} language={language} printed caption={t(`equipmentMaintenance:due.${section}`)} />
            </section>
          ))}
        </article>
      )}
    </div>
  );
}
