import { Button } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/contract/common';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { ApiError } from '../../api/client';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { translateErrorKey } from '../../forms/translate-error';
import { useLanguage } from '../../i18n/use-language';
import { freshForPrint } from '../print/fresh-for-print';
import { PrintLoadState } from '../print/PrintLoadState';
import { PrintProblem } from '../print/PrintProblem';
import { PrintToolbar } from '../print/PrintToolbar';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { DurabilityDocument } from './DurabilityDocument';
import { downloadBase64 } from './download';
import '../print/print.css';

/** `#/print/equipment-durability/:projectCode?lang=lt`: the EU-project durability report. */
export function DurabilityPrintPage({ projectCode }: { projectCode: string }) {
  const { t, i18n } = useTranslation('equipment');
  const query = useHashQuery();
  const uiLanguage = useLanguage();
  const lang = query.get('lang');
  const language: UiLanguage = isUiLanguage(lang) ? lang : uiLanguage;
  const code = decodeURIComponent(projectCode).slice(0, 40);
  const report = useCall('equipment.durability', { projectCode: code, language }, { ...freshForPrint, retry: false });
  const [exporting, setExporting] = useState(false);
  const downloadXlsx = () => {
    setExporting(true);
    void api
      .call('equipment.durabilityXlsx', { projectCode: code, language })
      .then(downloadBase64, () => undefined)
      .finally(() => setExporting(false));
  };
  useEffect(() => {
    document.title = `${i18n.getFixedT(language, 'equipment')('durability.title')} – ${code}`;
  }, [i18n, language, code]);
  if (report.error instanceof ApiError && report.error.error.kind === 'not-found') {
    return <PrintProblem messages={[translateErrorKey(t, report.error.error.code, report.error.error.params ?? {})]} back={{ href: '#/equipment', label: t('item.back') }} />;
  }
  return (
    <div className="print-desk">
      <PrintToolbar
        language={language}
        onLanguage={(next) => openHashRoute(`/print/equipment-durability/${encodeURIComponent(code)}`, { lang: next })}
        job={report.data ? { document: 'equipment-durability', projectCode: code, language } : null}
        backHref="#/equipment"
      >
        {report.data && (
          <Button variant="default" onClick={downloadXlsx} loading={exporting}>
            {t('durability.xlsx')}
          </Button>
        )}
      </PrintToolbar>
      <PrintLoadState query={report} />
      {report.data && <DurabilityDocument report={report.data} />}
    </div>
  );
}
